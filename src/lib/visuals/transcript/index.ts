/** The transcript visual: a call revealed line by line. */
export { default as TranscriptSection } from './TranscriptSection.svelte';
export { default as TranscriptText } from './TranscriptText.svelte';
