// The print button on the teacher's printable pages (src/routes/(site)/teach/Sheet.svelte), which
// run no other JavaScript: shown only when this runs, since without it the button would do nothing.
for (const button of document.querySelectorAll('button[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
