/** The catalog's loaders give each kind exactly what the registry gives it. */
import { describe, expect, it } from 'vitest';
import { catalog, VISUALS } from './catalog';
import { sectionVisuals } from './registry';

describe('the catalog and the registry', () => {
	it.each(VISUALS)('%s: the same graphic, text alternative and height', async (kind) => {
		expect(await catalog[kind].load()).toEqual(sectionVisuals[kind]);
		expect((await catalog[kind].graphic()).default).toBe(sectionVisuals[kind].graphic);
	});

	it('list the same kinds', () => {
		expect(Object.keys(sectionVisuals).sort()).toEqual([...VISUALS].sort());
	});
});
