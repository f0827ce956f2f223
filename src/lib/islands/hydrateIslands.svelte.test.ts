/** Markup for an island nobody registered stops hydration loudly, before any island wakes; an
 * island the server left empty is mounted. */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { hydrateIslands, type IslandRegistry } from './hydrateIslands.svelte';

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

	it('mounts an island the server left empty, with the props it has reached by then', async () => {
		// jsdom has no IntersectionObserver; the island is woken by hand here.
		vi.stubGlobal(
			'IntersectionObserver',
			class {
				observe() {}
				unobserve() {}
				disconnect() {}
			}
		);
		const root = document.createElement('div');
		root.innerHTML = `<div data-island="icon" data-island-args='{"status":"documented"}' data-island-mount></div>`;
		// The registry holds islands of any props (storyIslands.ts narrows each the same way).
		const registry: IslandRegistry<object> = {
			icon: { load: () => import('../ui/StatusIcon.svelte') as never, props: (args) => args }
		};
		const { islands, destroy } = hydrateIslands(root, { registry, context: {} });
		const [island] = islands;
		const element = root.querySelector('[data-island]')!;
		// Class changes inside the island: an island drawn in its first state, then updated,
		// would change its icon's class once before the test's own update.
		const changes: (string | null)[] = [];
		const observer = new MutationObserver((records) =>
			records.forEach((r) => changes.push(r.oldValue))
		);
		observer.observe(element, {
			subtree: true,
			attributeFilter: ['class'],
			attributeOldValue: true
		});
		island!.update({ status: 'disputed' });
		await island!.wake();
		flushSync();
		await Promise.resolve();
		expect(changes).toEqual([]);
		expect(element.querySelector('.status-icon')!.classList.contains('disputed')).toBe(true);
		expect(element.querySelectorAll('.status-icon')).toHaveLength(1);
		expect(element.hasAttribute('data-hydrated')).toBe(true);
		island!.update({ status: 'claimed' });
		flushSync();
		expect(element.querySelector('.status-icon')!.classList.contains('claimed')).toBe(true);
		destroy();
		vi.unstubAllGlobals();
	});
});
