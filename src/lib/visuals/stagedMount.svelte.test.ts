/**
 * stagedMount: a visual mounted into an empty island draws its parts one a frame; anywhere else
 * (hydrated, in an app) it draws them all at once; on the server too (stagedMount.ssr.test.ts).
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import StagedParts from '../../../tests/helpers/visuals/StagedParts.svelte';
import { ISLAND_ELEMENT_KEY } from '../model/islandContext';

/** An island element: left empty by the server (the browser mounts into it) or not. */
function island(mounted: boolean): HTMLElement {
	const element = document.createElement('div');
	element.dataset.island = 'graphic:test';
	if (mounted) element.dataset.islandMount = '';
	return element;
}

const drawn = (container: HTMLElement) => container.querySelectorAll('li').length;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('stagedMount', () => {
	it('draws a visual mounted into an empty island part by part, the first at once', async () => {
		const { container } = render(StagedParts, {
			props: { parts: 3 },
			context: new Map([[ISLAND_ELEMENT_KEY, island(true)]])
		});
		const seen = [drawn(container)];
		for (let frame = 0; frame < 10 && seen.at(-1)! < 3; frame++) {
			await nextFrame();
			await new Promise((resolve) => setTimeout(resolve, 5));
			if (drawn(container) !== seen.at(-1)) seen.push(drawn(container));
		}
		expect(seen).toEqual([1, 2, 3]);
	});

	it.each([
		['hydrated in an island', new Map([[ISLAND_ELEMENT_KEY, island(false)]])],
		['in an app, outside any island', new Map()]
	])('draws every part at once when %s', (_, context) => {
		const { container } = render(StagedParts, { props: { parts: 3 }, context });
		expect(drawn(container)).toBe(3);
	});
});
