/**
 * Which changes of a section's graphic state reach its island on a story page. The engine
 * reports progress at every frame of a scroll; a visual that does not follow progress within a
 * step would re-render at every frame for nothing, so it hears only of what it draws from.
 */
import type { GraphicState } from '../scrolly/types';

/** Whether `next` must be handed to the island that last got `previous`. */
export function graphicStateChanged(
	previous: GraphicState | undefined,
	next: GraphicState,
	followsProgress: boolean
): boolean {
	if (!previous) return true;
	return (
		previous.index !== next.index ||
		previous.id !== next.id ||
		previous.direction !== next.direction ||
		previous.stacked !== next.stacked ||
		previous.reducedMotion !== next.reducedMotion ||
		(followsProgress && previous.progress !== next.progress)
	);
}
