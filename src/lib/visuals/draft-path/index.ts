/** The draft-path visual: how a draft travelled, stage by stage. */
export { default as DraftPathSection } from './DraftPathSection.svelte';
export { default as DraftPathText } from './DraftPathText.svelte';
