// Where the system Chromium is. Playwright cannot download its own browser on this project's
// machines, so tests drive Debian's `chromium` (or whatever CHROMIUM_PATH points at).
import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

export const chromiumPath = candidates.find((p) => p && existsSync(p));

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
