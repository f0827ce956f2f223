/**
 * Draws a visual in parts, one at each idle moment of the browser (about one a frame), when it is
 * mounted into an empty island (a story page's pinned graphic, drawn by the browser as the reader
 * nears it). Mounted whole, the largest visuals took one task of 16 to 22 ms while the reader
 * scrolled (the first timeline, the draft path; phone, 2-core machine), and each dropped a frame
 * or two. The island mounts a viewport and a half ahead of the reader, so the parts are drawn
 * well before they are seen.
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
import { flushSync } from 'svelte';
import { getIslandElement } from '../model/islandContext';
import { whenIdle } from '../scrolly/frameBatch';

/** Call during component init, with the number of parts; `drawn` counts those to draw now. */
export function stagedMount(parts: number): { readonly drawn: number } {
	const island = getIslandElement();
	let drawn = $state(island?.hasAttribute('data-island-mount') ? 1 : parts);
	$effect(() => {
		if (drawn >= parts) return;
		// The next part when the browser is next idle: after the frame, and behind the reader's
		// own work (a step's new state goes out as a task of its own, and waited behind a part
		// queued at its priority: 23 ms from the step to its graphic, against 12 ms at most).
		// The part is laid out there and then, in the idle moment: its section is often still
		// left unlaid by the browser (content-visibility), which then laid out every part at
		// once as the section came near (a layout of 991 objects, 8 to 9 ms, in a frame of the
		// reader's scroll, for the draft path).
		const next = () => {
			flushSync(() => drawn++);
			void island?.offsetHeight;
		};
		return whenIdle(next, { timeout: 250, fallbackDelay: 16 });
	});
	return {
		get drawn() {
			return drawn;
		}
	};
}
