/**
 * The `GraphicState` of one step drawn still, as the gallery's "States" pictures show it: the
 * step reached (progress 1), no transition (reduced motion), pinned unless `stacked` is asked.
 */
import type { GraphicState } from '$lib/scrolly/types';

export function stillState(
	steps: readonly { id: string }[],
	index: number,
	options: Partial<Omit<GraphicState, 'index' | 'id'>> = {}
): GraphicState {
	return {
		index,
		id: steps[index]?.id ?? '',
		progress: 1,
		direction: 'down',
		stacked: false,
		reducedMotion: true,
		...options
	};
}
