/**
 * Which orientations of the draft path to draw. The server draws both and a container query
 * shows one (so the page is right before any script runs). Hydrating the one hidden would
 * double the cost of the island's hydration, a long task while the reader scrolls; so, as an
 * island, the component keeps only the orientation the server's markup shows, read from its
 * CSS before hydrating. Mounted into an empty island, it draws the narrow one where the island
 * is too small for the wide one (the body the container queries measure is inside it), and
 * otherwise neither until it has measured its body, a frame later, then the one that body
 * shows: drawing both meanwhile made the mount on a desktop a long task (about 70 ms on this
 * machine, while the reader scrolls). A later resize that calls for the other draws both again.
 */
import { getIslandElement } from '../../model/islandContext';
import { WIDE_TIERS } from './model';

/** The smallest body the wide orientation is shown in. */
const WIDE_MIN = WIDE_TIERS[WIDE_TIERS.length - 1]!.min;

/** `measuring`: an empty island's body is not measured yet, and nothing is drawn. */
export type DrawnOrientation = 'both' | 'wide' | 'narrow' | 'measuring';

/** In an island, the orientation the server's markup shows, or that an empty island's size
 * allows (or `measuring`, when it allows either); elsewhere, both. */
export function shownAtStart(island: HTMLElement | undefined): DrawnOrientation {
	if (!island) return 'both';
	const wide = island.querySelector('.dp-wide');
	if (wide) return getComputedStyle(wide).display === 'none' ? 'narrow' : 'wide';
	const tooSmall = island.clientWidth < WIDE_MIN.width || island.clientHeight < WIDE_MIN.height;
	return tooSmall ? 'narrow' : 'measuring';
}

/** Call during component init; `frame()` is the element the container queries measure. */
export function useDrawnOrientation(frame: () => HTMLElement | undefined) {
	const island = getIslandElement();
	const start = shownAtStart(island);
	let drawn = $state<DrawnOrientation>(start);
	// Mounted in an island in doubt: draw the one the body's first measure shows.
	let settling = start === 'measuring';

	// The container query's test, in whole pixels: when in doubt, draw both.
	$effect(() => {
		const element = frame();
		if (!element || (drawn === 'both' && !settling)) return;
		let firstDrawing: ReturnType<typeof setTimeout> | undefined;
		const observer = new ResizeObserver(() => {
			const wide = element.clientWidth >= WIDE_MIN.width && element.clientHeight >= WIDE_MIN.height;
			const shown = wide ? 'wide' : 'narrow';
			if (settling) {
				// In a task of its own: drawn in the frame that measured, after the mount in the
				// same task, it made one long task of the three (50-51 ms on a desktop here). Still
				// settling until then: a later measure replaces this one, and an effect run again
				// before it measures again instead of drawing nothing for good.
				clearTimeout(firstDrawing);
				firstDrawing = setTimeout(() => {
					settling = false;
					drawn = shown;
				});
			} else if (shown !== drawn) drawn = 'both';
		});
		observer.observe(element);
		return () => {
			clearTimeout(firstDrawing);
			observer.disconnect();
		};
	});

	return {
		get wide() {
			return drawn === 'both' || drawn === 'wide';
		},
		get narrow() {
			return drawn === 'both' || drawn === 'narrow';
		}
	};
}
