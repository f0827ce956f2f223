/** The timeline visual: dated events, the active step's highlighted. */
export { default as Timeline } from './Timeline.svelte';
export { default as TimelineSection } from './TimelineSection.svelte';
export { default as TimelineText } from './TimelineText.svelte';
export { chronological, timelineState, type TimelineState } from './timelineState';
