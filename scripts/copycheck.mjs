// Runs the workplace's copy check (../shared/tools/copycheck.mjs): no run of 10+ words from the
// source article may appear in lessons/ or src/. Outside that workplace the tool is absent; say so.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const tool = '../shared/tools/copycheck.mjs';
if (!existsSync(tool)) {
	console.warn(
		`copycheck: ${tool} not found (it ships beside this repository in the course workplace); not run.`
	);
	process.exit(process.env.CI ? 1 : 0);
}
const run = spawnSync(process.execPath, [tool, 'lessons', 'src'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
