// npm run bench -- --lessons 5,25,100: how the site grows with the course. For each count, a copy
// of the project in a temporary folder (src, static, config, scripts; node_modules linked) gets
// that many lessons, the real ones and clones of them under new numbers, slugs and titles
// (import.meta.glob patterns are literals, so the lessons cannot come from elsewhere); it is built
// and served there, and the figures that grow with the course are printed: build time, the HTML
// of the course page and of /teach, a lesson's JavaScript, what a first visit caches and what
// "save the whole course" keeps. The /teach HTML budget is checked at 100 lessons.
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { byteBudgets, kb, measure, precache } from './measure.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { lessons: { type: 'string', default: '5,25,100' } } });
const counts = args.lessons.split(',').map(Number);
const real = readdirSync(join(root, 'lessons'))
	.filter((d) => /^\d\d-/.test(d))
	.sort();
if (counts.some((n) => !Number.isInteger(n) || n < real.length || n > 100)) {
	console.error(`--lessons: counts from ${real.length} (the real lessons) to 100 (two-digit numbers).`);
	process.exit(1);
}

/** Writes `n` lessons into `dir`: the real ones, then clones on the unused numbers 00-99. */
function lessons(dir, n) {
	for (const folder of real) cpSync(join(root, 'lessons', folder), join(dir, folder), { recursive: true });
	const used = new Set(real.map((f) => f.slice(0, 2)));
	const free = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).filter((x) => !used.has(x));
	for (let k = 0; k < n - real.length; k++) {
		const source = real[k % real.length];
		const folder = `${free[k]}-${source.slice(3)}-copy-${k + 1}`;
		cpSync(join(root, 'lessons', source), join(dir, folder), { recursive: true });
		const index = join(dir, folder, 'index.md');
		writeFileSync(
			index,
			readFileSync(index, 'utf8').replace(/^title: (.*)$/m, (_, title) => `title: ${title} (copy ${k + 1})`)
		);
	}
}

/** A copy of the project with `n` lessons; returns its folder. */
function project(n) {
	const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
	for (const entry of ['src', 'static', 'scripts'])
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	for (const file of ['svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
		cpSync(join(root, file), join(dir, file));
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	mkdirSync(join(dir, 'lessons'));
	lessons(join(dir, 'lessons'), n);
	return dir;
}

const html = (dir, file) => {
	const body = readFileSync(join(dir, 'build', file));
	return [body.length, gzipSync(body, { level: 9 }).length];
};

const rows = [];
let over = false;
for (const [i, n] of counts.entries()) {
	const dir = project(n);
	try {
		const env = { ...process.env, BUILD_DIR: 'build', KIT_OUT_DIR: '.svelte-kit' };
		spawnSync('npx', ['svelte-kit', 'sync'], { cwd: dir, env, stdio: 'ignore' });
		const started = performance.now();
		const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			cwd: dir,
			env,
			stdio: 'inherit'
		});
		if (build.status !== 0) throw new Error(`the build with ${n} lessons failed`);
		const seconds = (performance.now() - started) / 1000;

		const port = Number(process.env.PORT ?? 4195) + i;
		const server = spawn(process.execPath, ['scripts/serve.mjs'], {
			cwd: dir,
			env: { ...env, PORT: String(port) },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		await new Promise((done) => server.stdout.once('data', done));
		try {
			const baseURL = `http://127.0.0.1:${port}`;
			const lesson = `/lessons/${real[0].slice(3)}`;
			const [js] = await measure(baseURL, { lesson });
			const first = await precache(baseURL, ['/', lesson], join(dir, 'build'));
			const plan = JSON.parse(readFileSync(join(dir, 'build', 'offline.json'), 'utf8'));
			const course = new Set([
				...plan.course.flatMap((p) => [p, ...plan.bundles[plan.pages[p]]]),
				...plan.content
			]);
			const courseGzip = [...course].reduce((sum, f) => sum + (plan.sizes[f]?.[1] ?? 0), 0);
			const files = readdirSync(join(dir, 'build'), { recursive: true }).length;
			const [home, homeGzip] = html(dir, 'index.html');
			const [teach, teachGzip] = html(dir, 'teach.html');
			const budgeted = n === 100;
			if (budgeted && teach > byteBudgets.teachHtmlAt100) over = true;
			rows.push([
				String(n),
				`${seconds.toFixed(1)} s`,
				String(files),
				`${kb(home)} / ${kb(homeGzip)}`,
				`${kb(teach)} / ${kb(teachGzip)}`,
				budgeted
					? `${kb(byteBudgets.teachHtmlAt100)} ${teach <= byteBudgets.teachHtmlAt100 ? 'ok' : 'OVER'}`
					: '-',
				kb(js.jsGzip),
				`${first.files.length} files, ${kb(first.gzip)}`,
				`${course.size} files, ${kb(courseGzip)}`
			]);
		} finally {
			server.kill();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	console.error(`${n} lessons: measured`);
}

const head = [
	'lessons',
	'build',
	'files built',
	'home HTML (gzip)',
	'/teach HTML (gzip)',
	'/teach budget',
	'lesson JS gzip',
	'cache: /, then 1 lesson (gzip)',
	'whole course (gzip)'
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
	`\nThe site at ${counts.join(', ')} lessons (Node ${process.version}; times vary, bytes do not)\n`
);
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
if (over) process.exitCode = 1;
