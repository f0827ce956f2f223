/**
 * The network's searches run at build time only: its components, and whatever they import,
 * never reach the force layout (layout.ts and its parts) nor the search for each picture's
 * camera and words (focusState.ts and its parts). So neither the server render nor the reader's
 * browser runs them; the page only looks up what prepareStory.ts stored. (The e2e test
 * network.e2e.ts checks the built chunks too.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/lib/visuals/network';

/** Node-only modules of the network: the build's searches. */
const BUILD_ONLY = [
	'layout.ts',
	'refine.ts',
	'detours.ts',
	'together.ts',
	'focusState.ts',
	'picture.ts',
	'linkLabels.ts',
	'camera.ts',
	'pictures.ts',
	'prepareStory.ts',
	'build.ts'
].map((f) => `${DIR}/${f}`);

/** The relative modules a file imports at run time (type-only imports are erased). */
function imports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const found: string[] = [];
	const pattern = /\b(?:import|export)\s+(type\s)?[^'"`;]*?\bfrom\s*['"](\.[^'"]+)['"]/g;
	for (const [, type, specifier] of source.matchAll(pattern)) if (!type) found.push(specifier!);
	for (const [, specifier] of source.matchAll(/\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g))
		found.push(specifier!);
	return found.flatMap((specifier) => {
		const base = join(dirname(file), specifier).replace(/\.js$/, '');
		const path = [base, `${base}.ts`, `${base}.svelte`].find(
			(p) => existsSync(p) && /\.(ts|svelte)$/.test(p)
		);
		return path ? [relative('.', path)] : [];
	});
}

/** Every module `file` reaches, and by which way, first found. */
function reach(file: string): Map<string, string[]> {
	const seen = new Map<string, string[]>([[file, [file]]]);
	const queue = [file];
	while (queue.length > 0) {
		const from = queue.shift()!;
		for (const to of imports(from)) {
			if (seen.has(to)) continue;
			seen.set(to, [...seen.get(from)!, to]);
			queue.push(to);
		}
	}
	return seen;
}

const entries = [
	...readdirSync(DIR)
		.filter((f) => f.endsWith('.svelte'))
		.map((f) => `${DIR}/${f}`),
	`${DIR}/index.ts`,
	`${DIR}/visual.ts`,
	`${DIR}/sectionVisual.ts`
];

describe('the network’s components', () => {
	it.each(entries)('%s reaches no build-time search', (entry) => {
		const reached = reach(entry);
		const bad = BUILD_ONLY.filter((m) => reached.has(m)).map((m) => reached.get(m)!.join(' → '));
		expect(bad).toEqual([]);
	});

	it('are followed through their imports (the check sees what it must refuse)', () => {
		// prepareStory.ts reaches the searches; were a component to import it, the check above
		// would name the way.
		const reached = reach(`${DIR}/prepareStory.ts`);
		for (const m of ['layout.ts', 'picture.ts', 'linkLabels.ts', 'camera.ts'])
			expect(reached.has(`${DIR}/${m}`), m).toBe(true);
		expect(reach(`${DIR}/Network.svelte`).has(`${DIR}/focus.ts`)).toBe(true);
	});
});
