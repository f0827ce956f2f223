/** The catalog's loaders give each kind exactly what the registry gives it, and each kind says
 * whether it follows progress within a step. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, VISUALS } from './catalog';
import { sectionVisuals } from './registry';

/** A visual's own code (no tests), its comments left out: what it reads, not what it says. */
function codeOf(kind: string): string {
	const folder = new URL(`./${kind}/`, import.meta.url);
	return readdirSync(folder)
		.filter((name) => /\.(ts|svelte)$/.test(name) && !/\.test\./.test(name))
		.map((name) => readFileSync(new URL(name, folder), 'utf8'))
		.join('\n')
		.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|\/\/.*$/gm, '');
}

describe('the catalog and the registry', () => {
	it.each(VISUALS)('%s: the same graphic, text alternative and height', async (kind) => {
		expect(await catalog[kind].load()).toEqual(sectionVisuals[kind]);
		expect((await catalog[kind].graphic()).default).toBe(sectionVisuals[kind].graphic);
	});

	it('list the same kinds', () => {
		expect(Object.keys(sectionVisuals).sort()).toEqual([...VISUALS].sort());
	});

	// A story page hands progress to an island only when its visual says it follows it
	// (../story/islandUpdates.ts): one that reads it without saying so would never see it move.
	it.each(VISUALS)('%s: reads progress only if it says it follows it', (kind) => {
		const reads = /\bprogress\b/.test(codeOf(kind));
		expect(reads, `${kind} reads progress; set followsProgress: true in its visual.ts`).toBe(
			Boolean(catalog[kind].followsProgress) && reads
		);
	});
});
