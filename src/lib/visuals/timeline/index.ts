/** The timeline visual: dated events on a true time scale, the active step's highlighted. */
export { default as Timeline } from './Timeline.svelte';
export { default as TimelineSection } from './TimelineSection.svelte';
export { default as TimelineText } from './TimelineText.svelte';
export { chronological, eventDateText, type TimelineEvent } from './timelineEvents';
export { timelineState, type TimelineState, type TimelineSteps } from './timelineState';
