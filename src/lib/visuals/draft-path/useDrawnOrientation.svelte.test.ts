import { describe, expect, it } from 'vitest';
import { WIDE_TIERS } from './model';
import { shownAtStart } from './useDrawnOrientation.svelte';

/** The smallest body the wide orientation is shown in (the last tier's). */
const MIN = WIDE_TIERS[WIDE_TIERS.length - 1]!.min;

/** An island element of this size (jsdom lays nothing out), holding `markup`. */
function island(width: number, height: number, markup = '') {
	const element = document.createElement('div');
	element.innerHTML = markup;
	Object.defineProperty(element, 'clientWidth', { value: width });
	Object.defineProperty(element, 'clientHeight', { value: height });
	document.body.append(element);
	return element;
}

describe('shownAtStart', () => {
	it.each([
		['outside an island (the server draws both)', undefined, 'both'],
		[
			'hydrating markup that shows the wide one',
			() => island(MIN.width, MIN.height, '<div class="dp-wide"></div>'),
			'wide'
		],
		[
			'hydrating markup that hides the wide one',
			() => island(MIN.width, MIN.height, '<div class="dp-wide" style="display: none"></div>'),
			'narrow'
		],
		['an empty island too narrow for the wide one', () => island(MIN.width - 1, 2000), 'narrow'],
		['an empty island too short for the wide one', () => island(2000, MIN.height - 1), 'narrow'],
		// Big enough for either, as far as the island tells: the body (inside it, under the
		// legend) is measured first, and nothing is drawn until then, rather than both.
		['an empty island big enough for either', () => island(MIN.width, MIN.height), 'measuring']
	] as const)('%s', (_what, make, expected) => {
		expect(shownAtStart(make?.())).toBe(expected);
	});
});
