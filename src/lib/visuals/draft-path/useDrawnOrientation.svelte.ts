/**
 * Which orientations of the draft path to draw. The server draws both and a container query
 * shows one (so the page is right before any script runs). Hydrating the one hidden would
 * double the cost of the island's hydration, a long task while the reader scrolls; so, as an
 * island, the component keeps only the orientation the server's markup shows, read from its
 * CSS before hydrating. A later resize that calls for the other draws both again.
 */
import { getIslandElement } from '../../model/islandContext';
import { WIDE_TIERS } from './model';

/** The smallest body the wide orientation is shown in. */
const WIDE_MIN = WIDE_TIERS[WIDE_TIERS.length - 1]!.min;

export type DrawnOrientation = 'both' | 'wide' | 'narrow';

/** In an island, the orientation the server's markup shows; elsewhere both. */
function shownByServer(): DrawnOrientation {
	const wide = getIslandElement()?.querySelector('.dp-wide');
	if (!wide) return 'both';
	return getComputedStyle(wide).display === 'none' ? 'narrow' : 'wide';
}

/** Call during component init; `frame()` is the element the container queries measure. */
export function useDrawnOrientation(frame: () => HTMLElement | undefined) {
	let drawn = $state<DrawnOrientation>(shownByServer());

	// The container query's test, in whole pixels: when in doubt, draw both.
	$effect(() => {
		const element = frame();
		if (drawn === 'both' || !element) return;
		const observer = new ResizeObserver(() => {
			const wide = element.clientWidth >= WIDE_MIN.width && element.clientHeight >= WIDE_MIN.height;
			if ((wide ? 'wide' : 'narrow') !== drawn) drawn = 'both';
		});
		observer.observe(element);
		return () => observer.disconnect();
	});

	return {
		get wide() {
			return drawn !== 'narrow';
		},
		get narrow() {
			return drawn !== 'wide';
		}
	};
}
