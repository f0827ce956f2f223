/** The lazy loaders give each kind exactly what the registry gives it. */
import { describe, expect, it } from 'vitest';
import { loadSectionVisual } from './loadSectionVisual';
import { sectionVisuals } from './registry';

describe('loadSectionVisual', () => {
	it.each(Object.keys(sectionVisuals) as (keyof typeof sectionVisuals)[])(
		'%s: the same graphic, text alternative and label as the registry',
		async (kind) => {
			expect(await loadSectionVisual[kind]()).toEqual(sectionVisuals[kind]);
		}
	);

	it('has a loader for every kind in the registry, and no other', () => {
		expect(Object.keys(loadSectionVisual).sort()).toEqual(Object.keys(sectionVisuals).sort());
	});
});
