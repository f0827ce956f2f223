/**
 * Builds the site twice and checks that the network positions come out byte-identical.
 *
 *   npx tsx scripts/network-determinism.ts
 *
 * After each build it collects, from every built page, the positions the network markup
 * carries (each node's --x/--y custom properties and each line's end points) and the page
 * data the positions came from (`__data.json`), then compares the two builds byte for byte.
 * Builds with the fixture stories (like `npm run build:test`); leaves the second build in
 * ./build. Exits 1 when anything differs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUT = 'build';

function pages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : pages(path);
		return name === 'index.html' || name === '__data.json' ? [path] : [];
	});
}

/** Every network position in a built page, in document order, as text. */
function positions(html: string): string {
	const nodes = [...html.matchAll(/data-node="([^"]+)"[^>]*?style="([^"]*)"/g)].map(
		([, id, style]) => `${id} ${style}`
	);
	const lines = [...html.matchAll(/<line\b[^>]*>/g)]
		.map(([tag]) => tag.match(/(data-edge|x1|y1|x2|y2)="[^"]*"/g)?.join(' '))
		.filter((line) => line?.includes('data-edge'));
	return [...nodes, ...lines].join('\n');
}

function snapshot(): Map<string, string> {
	const files = new Map<string, string>();
	for (const file of pages(OUT)) {
		const text = readFileSync(file, 'utf8');
		const name = relative(OUT, file);
		files.set(name, file.endsWith('.html') ? positions(text) : text);
	}
	return files;
}

function build(run: number): Map<string, string> {
	console.log(`Build ${run}…`);
	execFileSync('npx', ['vite', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, SCROLLY_STORIES: 'stories,tests/fixtures/stories' }
	});
	if (!existsSync(OUT)) throw new Error(`The build wrote no ${OUT}/ folder`);
	return snapshot();
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const first = build(1);
const second = build(2);
let differences = 0;
let positionsSeen = 0;
for (const [name, text] of first) {
	const again = second.get(name);
	const count = name.endsWith('.html') ? text.split('\n').filter(Boolean).length : 0;
	positionsSeen += count;
	const same = again === text;
	if (!same) differences++;
	console.log(
		`${same ? 'same     ' : 'DIFFERENT'} ${name}${count ? ` (${count} positions)` : ''} ${hash(text)} ${again === undefined ? 'missing' : hash(again)}`
	);
}
for (const name of second.keys()) {
	if (!first.has(name)) {
		differences++;
		console.log(`DIFFERENT ${name} (only in the second build)`);
	}
}
if (positionsSeen === 0) {
	console.log('No network positions found in the built pages: nothing was compared.');
	process.exit(1);
}
console.log(
	differences === 0
		? `Both builds carry the same ${positionsSeen} network positions, byte for byte.`
		: `${differences} file(s) differ between the two builds.`
);
process.exit(differences === 0 ? 0 : 1);
