/**
 * Draws a visual in parts, one part a frame, when it is mounted into an empty island (a story
 * page's pinned graphic, drawn by the browser as the reader nears it). Mounted whole, the
 * largest visuals took one task of 16 to 22 ms while the reader scrolled (the first timeline,
 * the draft path; phone, 2-core machine), and each dropped a frame or two. The island mounts
 * a viewport and a half ahead of the reader, so the parts are drawn well before they are seen.
 *
 * Anywhere else (the server, a hydrated page, a designer's app, a visual's still) every part is
 * drawn at once: the markup stays whole, and hydration must find what the server drew.
 *
 * ```svelte
 * const staged = stagedMount(2);
 * …
 * {#if staged.drawn >= 2}<FlowLines … />{/if}
 * ```
 */
import { getIslandElement } from '../model/islandContext';
import { afterFrame } from '../scrolly/frameBatch';

/** Call during component init, with the number of parts; `drawn` counts those to draw now. */
export function stagedMount(parts: number): { readonly drawn: number } {
	const island = getIslandElement();
	let drawn = $state(island?.hasAttribute('data-island-mount') ? 1 : parts);
	$effect(() => {
		if (drawn >= parts) return;
		let cancelled = false;
		// The next part after the next frame is drawn: each part's script, style and layout fall
		// in a frame of their own.
		const frame = requestAnimationFrame(() =>
			afterFrame(() => {
				if (!cancelled) drawn++;
			})
		);
		return () => {
			cancelled = true;
			cancelAnimationFrame(frame);
		};
	});
	return {
		get drawn() {
			return drawn;
		}
	};
}
