import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '4599' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1280), height: 900 }, colorScheme: process.env.SCHEME ?? 'light' });
const logs = [];
page.on('console', (m) => logs.push(m.type() + ': ' + m.text()));
page.on('pageerror', (e) => logs.push('pageerror: ' + e.message));
await page.goto('http://127.0.0.1:4599' + process.env.P, { waitUntil: 'networkidle' });
for (const step of (process.env.STEPS ?? '').split('|').filter(Boolean)) {
	const [kind, name] = step.split(':');
	if (kind === 'button') await page.getByRole('button', { name, exact: true }).first().click();
	if (kind === 'radio') await page.getByRole('radio', { name }).first().check();
	if (kind === 'wait') await page.waitForTimeout(Number(name));
}
const el = process.env.SEL ? page.locator(process.env.SEL).first() : page;
await el.screenshot({ path: process.env.OUT, fullPage: process.env.FULL === '1' });
console.log(logs.join('\n'));
await browser.close(); server.kill();
