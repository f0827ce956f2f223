/**
 * The event a scrolly section fires when its engine changes the step it shows, or when the
 * trigger line crosses the section's first step. It bubbles from the section's element, so a
 * page with several sections can follow the one step a reader is at without measuring anything
 * itself: the embed's bridge (embed/childBridge.ts) tells the host page that way, from the
 * engine's own decision (`lastStepReached` in progress.ts), never from a second one.
 */
import type { ScrollyLayout } from './types';

export const STEP_EVENT = 'scrolly:activestep';

export interface StepEventDetail {
	/** The section's active step: its index among the section's steps, and its id. */
	index: number;
	id: string;
	/** Whether the trigger line has reached the section's first step. Until it has, the first
	 * step is active only because a section always shows one. */
	reached: boolean;
}

/**
 * The event a section fires, bubbling, when it takes a layout (`sticky` or `stacked`): the
 * page's height changes with it. The embed's bridge tells its host the new height at once,
 * even in a frame out of view, where browsers pause resize observers.
 */
export const LAYOUT_EVENT = 'scrolly:layout';

/** Fires the step event on a section's element. */
export function announceStep(section: HTMLElement, detail: StepEventDetail): void {
	section.dispatchEvent(new CustomEvent<StepEventDetail>(STEP_EVENT, { bubbles: true, detail }));
}

/** Fires the layout event on a section's element. */
export function announceLayout(section: HTMLElement, layout: ScrollyLayout): void {
	section.dispatchEvent(new CustomEvent(LAYOUT_EVENT, { bubbles: true, detail: layout }));
}
