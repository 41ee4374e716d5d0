// Browser tests are part of `npm test` and are never skipped: without Chromium, stop and say how to get it.
import { chromiumPath } from './chromium.mjs';

if (!chromiumPath) {
	console.error(`
Browser tests need Chromium, and none was found.
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium
(\`npx playwright install\` also works where downloads are allowed; then set CHROMIUM_PATH to it.)
`);
	process.exit(1);
}
