// Every page is prerendered into static files: no server runs in production.
export const prerender = true;
