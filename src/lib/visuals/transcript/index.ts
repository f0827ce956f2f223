/** The transcript visual: a call as a dialogue, revealed line by line. */
export { default as Transcript } from './Transcript.svelte';
export { default as TranscriptSection } from './TranscriptSection.svelte';
export { default as TranscriptText } from './TranscriptText.svelte';
export {
	colorsAcrossCalls,
	SPEAKER_COLORS,
	speakerColors,
	type TranscriptSpeaker
} from './speakers';
export type { TranscriptDenial, TranscriptLine } from './transcriptLines';
export {
	stepShown,
	transcriptState,
	transcriptView,
	type PhraseRef,
	type TranscriptShown,
	type TranscriptState
} from './transcriptState';
