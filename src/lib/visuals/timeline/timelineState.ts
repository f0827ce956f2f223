/**
 * Which events the timeline highlights at a step. Pure, so it is tested without a browser.
 */
import type { StoryEvent, SectionOf } from '../../story/schema';

export interface TimelineState {
	/** Events the active step is about. */
	active: ReadonlySet<string>;
	/** Events the reader has already passed (active ones included). */
	reached: ReadonlySet<string>;
}

export function timelineState(section: SectionOf<'timeline'>, index: number): TimelineState {
	const last = Math.max(0, Math.min(index, section.steps.length - 1));
	const active = new Set(section.steps[last]?.events ?? []);
	const reached = new Set(section.steps.slice(0, last + 1).flatMap((step) => step.events));
	return { active, reached };
}

/** Events in date order (stable for equal dates), as the timeline draws them. */
export function chronological(events: readonly StoryEvent[]): StoryEvent[] {
	return [...events].sort((a, b) => a.date.localeCompare(b.date));
}
