/** Markup for an island nobody registered stops hydration loudly, before any island wakes. */
import { describe, expect, it, vi } from 'vitest';
import { hydrateIslands } from './hydrateIslands.svelte';

describe('hydrateIslands', () => {
	it('throws, naming the island, when its kind is not registered, and loads nothing', () => {
		const root = document.createElement('div');
		root.innerHTML =
			'<div data-island="graphic:timeline"></div><div data-island="graphic:toy"></div>';
		const load = vi.fn(() => new Promise<never>(() => {}));
		const registry = { 'graphic:timeline': { load, props: () => ({}) } };
		expect(() => hydrateIslands(root, { registry, context: {} })).toThrow(
			'Islands not registered: graphic:toy; registered: graphic:timeline'
		);
		expect(load).not.toHaveBeenCalled();
	});
});
