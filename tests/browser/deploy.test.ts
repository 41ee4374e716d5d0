// A new version deployed while a learner has the site open (issue #14): build A is served, the
// learner works on an assignment, then build B (every hashed file renamed, a new version) replaces
// it on the same address. Moving to another lesson either loads or offers a reload that works; the
// old build's cache stays while its page is open; the new version is offered and taken up.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';
import { crc32 } from '../../src/lib/teach/checksum';

const root = process.env.BUILD_DIR ?? 'build';
const [first, second] = [lessonAt(0), lessonAt(1)];

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Build B: a copy of A with every hashed file renamed and references to it rewritten, and a new version. */
function redeploy(from: string, to: string): void {
	cpSync(from, to, { recursive: true });
	const version = JSON.parse(readFileSync(join(from, '_app/version.json'), 'utf8')).version as string;
	const renames = new Map<string, string>();
	for (const file of walk(join(to, '_app/immutable'))) {
		const name = basename(file);
		const renamed = name.replace(/(\.[a-z]+)$/, '-b$1');
		renames.set(name, renamed);
		renameSync(file, join(dirname(file), renamed));
	}
	const pattern = new RegExp(
		`(?<=/)(${[...renames.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
		'g'
	);
	for (const file of walk(to).filter((f) => /\.(html|js|json|css)$/.test(f))) {
		const text = readFileSync(file, 'utf8');
		let next = text.replace(pattern, (name) => renames.get(name)!).replaceAll(version, `${version}9`);
		// Kit's inline start-up script names its files: its hash in the page's CSP changes with it.
		const [before, after] = [inlineScriptHashes(text), inlineScriptHashes(next)];
		before.forEach((hash, i) => (next = next.replace(hash, after[i]!)));
		if (next !== text) writeFileSync(file, next);
	}
}

function inlineScriptHashes(html: string): string[] {
	return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body!).digest('base64')}`
	);
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function serve(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, BUILD_DIR: dir, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve) => child.stdout!.once('data', resolve));
	return child;
}

async function stop(child: ChildProcess): Promise<void> {
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill();
	await exited;
}

let work = '';
test.beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'deploy-'));
	redeploy(root, join(work, 'b'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a deploy mid-session: the open assignment recovers with a reload, and the new version is taken up', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const port = await freePort();
	const site = `http://127.0.0.1:${port}`;
	let server = await serve(root, port);
	try {
		const params = new URLSearchParams({
			v: '1',
			l: `${first.slug}.${second.slug}`,
			m: 'practice',
			p: '50',
			s: '0'
		});
		await page.goto(`${site}/assignment#${params}&id=${crc32(params.toString())}`);
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start' }).click();
		const reading = page.locator('details.reading');
		await expect(reading.locator('p[id]').first()).toBeVisible();
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		const before = await page.evaluate(() => caches.keys());

		// Build B goes live on the same address.
		await stop(server);
		server = await serve(join(work, 'b'), port);

		await page
			.getByRole('navigation', { name: 'Assignment' })
			.getByRole('button', { name: second.title })
			.click();
		const offer = page.getByRole('alert').filter({ hasText: t.offline.loadFailed });
		await expect(reading.locator('p[id]').first().or(offer)).toBeVisible();
		// The old build's cache is still there for this page.
		expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(before));

		if (await offer.isVisible()) {
			await offer.getByRole('button', { name: t.offline.reload }).click();
			await page.waitForLoadState('load');
		}
		await expect(page.getByText('Working as Ana.')).toBeVisible();
		await expect(reading.locator('p[id]').first()).toBeVisible();

		// The new build's worker has installed: the page offers it, and taking it up reloads into it.
		const update = page.getByRole('alert').filter({ hasText: t.offline.updateReady });
		await expect(update).toBeVisible();
		await update.getByRole('button', { name: t.offline.reload }).click();
		await expect(update).toHaveCount(0);
		await expect(reading.locator('p[id]').first()).toBeVisible();
		await expect
			.poll(() => page.evaluate(() => fetch('/_app/version.json').then((r) => r.json())))
			.toMatchObject({ version: expect.stringMatching(/9$/) });
		// With no page of build A left, its cache goes.
		await expect.poll(() => page.evaluate(() => caches.keys())).not.toEqual(expect.arrayContaining(before));
		expect(errors.filter((e) => !/dynamically imported module/.test(e))).toEqual([]);
	} finally {
		await stop(server);
	}
});

for (const workers of ['allow', 'block'] as const)
	test(`a deploy under an open lesson tab (service worker: ${workers}): a test taken after it can still be submitted, or the page offers a reload that keeps the answers`, async ({
		browser
	}) => {
		// Blocked: the worker had not installed yet when the deploy came (or the browser has none), so
		// nothing of build A is cached.
		const context = await browser.newContext({ serviceWorkers: workers });
		const page = await context.newPage();
		const port = await freePort();
		const site = `http://127.0.0.1:${port}`;
		let server = await serve(root, port);
		try {
			// The tab is opened and left: nothing of the quiz beyond its first screen has loaded.
			await page.goto(`${site}/lessons/${first.slug}`, { waitUntil: 'networkidle' });
			const start = page.getByRole('button', { name: t.quiz.intro.start });
			await expect(start).toBeEnabled();

			// Build B goes live on the same address; build A's files are gone.
			await stop(server);
			server = await serve(join(work, 'b'), port);

			await page
				.getByRole('group', { name: t.quiz.intro.modeLegend })
				.getByRole('radio', { name: new RegExp(`^${t.quiz.intro.modes.test.label}`) })
				.check();
			await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();
			// All questions on one page starts the quiz; the button is for one at a time.
			if (await start.isVisible()) await start.click();
			const q = first.quiz.questions.find((x) => x.kind === 'single' || x.kind === 'true-false')!;
			const group = page.getByRole('group', { name: q.prompt, exact: true });
			const radio =
				q.kind === 'single'
					? group.getByRole('radio', { name: q.options.find((o) => o.id === q.answer)!.text, exact: true })
					: group.getByRole('radio', {
							name: q.kind === 'true-false' && q.answer ? 'True' : 'False',
							exact: true
						});
			await radio.check();

			// Within 5 seconds: the submit button, or an offer to reload.
			const submit = page.getByRole('button', { name: 'Submit answers' });
			const offer = page.getByRole('alert').filter({ hasText: t.offline.loadFailed });
			await expect(submit.or(offer)).toBeVisible({ timeout: 5_000 });
			if (await offer.isVisible()) {
				await offer.getByRole('button', { name: t.offline.reload }).click();
				await page.waitForLoadState('load');
				// The new build resumes the test where it was (one question at a time by default).
				const all = page.getByRole('radio', { name: t.quiz.layout.scroll });
				await expect(all).toBeEnabled();
				await all.check();
				// The answer given before the reload is there, and the test can be submitted.
				await expect(
					page.getByRole('group', { name: q.prompt, exact: true }).getByRole('radio', { checked: true })
				).toHaveCount(1, { timeout: 15_000 });
			}
			await expect(submit).toBeVisible();
		} finally {
			await stop(server);
			await context.close();
		}
	});
