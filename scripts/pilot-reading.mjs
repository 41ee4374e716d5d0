#!/usr/bin/env node
// Writes each lesson's reading as a learner sees it, for the reader takers of a quiz pilot
// (../shared/source/PILOT.md): the text of index.md without its frontmatter or markers, the key
// terms with their definitions (the page lists them), and each diagram's words where the reading
// places it (the page draws them, and gives screen readers the same words as a list).
//
//   node scripts/pilot-reading.mjs OUT_DIR [--lang es]
//
// Writes OUT_DIR/<lesson>.reading.txt. Nothing here is an answer field: a reader sees all of it.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const args = process.argv.slice(2);
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'en';
if (!out) {
	console.error('usage: pilot-reading.mjs OUT_DIR [--lang es]');
	process.exit(2);
}
const suffix = lang === 'en' ? '' : `.${lang}`;
const termsHeading = lang === 'es' ? 'Términos clave' : 'Key terms';

/** A diagram's words, in the order a screen reader's list gives them. */
function diagramText(d) {
	const lines = [`[Diagram] ${d.title}`];
	if (d.note) lines.push(d.note);
	for (const e of d.events ?? []) lines.push(`- ${e.when}: ${e.what}${e.tag ? ` (${e.tag})` : ''}`);
	for (const part of d.parts ?? []) {
		if (part.heading) lines.push(`${part.heading}${part.tag ? ` (${part.tag})` : ''}`);
		for (const step of part.steps ?? []) {
			for (const b of step.boxes ?? [])
				lines.push(`- ${b.title}${b.text ? `: ${b.text}` : ''}${b.tag ? ` (${b.tag})` : ''}`);
			if (step.aside) {
				lines.push(`  ${step.aside.link}:`);
				for (const b of step.aside.boxes ?? []) lines.push(`  - ${b.title}${b.text ? `: ${b.text}` : ''}`);
			}
			if (step.link) lines.push(`  ↓ ${step.link}`);
		}
	}
	return lines.join('\n');
}

fs.mkdirSync(out, { recursive: true });
let n = 0;
for (const dir of fs.readdirSync('lessons').sort()) {
	const file = `lessons/${dir}/index${suffix}.md`;
	if (!/^\d\d-/.test(dir) || !fs.existsSync(file)) continue;
	const source = fs.readFileSync(file, 'utf8');
	const [, front, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
	const meta = YAML.parse(front);
	const diagramsFile = `lessons/${dir}/diagrams${suffix}.yaml`;
	const diagrams = fs.existsSync(diagramsFile)
		? YAML.parse(fs.readFileSync(diagramsFile, 'utf8')).diagrams
		: [];
	const text = body
		.replace(/^\{diagram ([a-z0-9-]+)\}$/gm, (_, id) => diagramText(diagrams.find((d) => d.id === id)))
		.replace(/\s*\{#[a-z0-9-]+\}/g, '')
		.replace(/\*\*([^*]+)\*\*/g, '$1');
	const terms = (meta.terms ?? []).map((t) => `- ${t.term}: ${t.definition}`).join('\n');
	fs.writeFileSync(
		path.join(out, `${dir}.reading.txt`),
		`# ${meta.title}\n\n${meta.summary}\n\n${text.trim()}\n\n## ${termsHeading}\n\n${terms}\n`
	);
	n++;
}
console.log(`${n} readings (${lang}) in ${out}`);
