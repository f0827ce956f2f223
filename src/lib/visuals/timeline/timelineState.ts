/**
 * Which events the timeline highlights at a step of a story section. Pure, so it is tested
 * without a browser.
 */
export interface TimelineState {
	/** Events the active step is about. */
	active: ReadonlySet<string>;
	/** Events the reader has already passed (active ones included). */
	reached: ReadonlySet<string>;
}

/** A section's steps, each naming the events it is about (sections.yaml, or plain data). */
export interface TimelineSteps {
	steps: readonly { events: readonly string[] }[];
}

export function timelineState(section: TimelineSteps, index: number): TimelineState {
	const last = Math.max(0, Math.min(index, section.steps.length - 1));
	const active = new Set(section.steps[last]?.events ?? []);
	const reached = new Set(section.steps.slice(0, last + 1).flatMap((step) => step.events));
	return { active, reached };
}
