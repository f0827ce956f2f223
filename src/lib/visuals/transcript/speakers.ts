/**
 * Who speaks where, and in which colour: the transcript is drawn as a dialogue. With two
 * speakers, the first speaks from the left and the second from the right; with more, all speak
 * from the left and their colors tell them apart. A run of lines from one speaker is one turn,
 * named once. Pure.
 */

/** A speaker, as the transcript takes it. */
export interface TranscriptSpeaker {
	id: string;
	name: string;
	/** "U.S. special envoy": written beside the name in the call's header. */
	role?: string;
	/** Any CSS colour; by default, one of SPEAKER_COLORS in the speakers' order. */
	color?: string;
}

/** Distinct colors with AA contrast for text in both themes (the story's group tokens). */
export const SPEAKER_COLORS = [
	'var(--sc-group-us, #1d4f91)',
	'var(--sc-group-russia, #a1261b)',
	'var(--sc-group-other, #5b4a8a)',
	'var(--sc-group-ukraine, #7a5c00)',
	'var(--sc-group-press, #4a4a4a)'
] as const;

/** Each speaker's colour: their own, else the next of SPEAKER_COLORS. */
export function speakerColors(speakers: readonly TranscriptSpeaker[]): Map<string, string> {
	return new Map(
		speakers.map((s, i) => [s.id, s.color ?? SPEAKER_COLORS[i % SPEAKER_COLORS.length]!])
	);
}

/**
 * Colors that follow a person from call to call: every participant of every call, in order of
 * first appearance, takes the next colour, so two people on one call never share one and the
 * same person keeps theirs.
 */
export function colorsAcrossCalls(
	calls: readonly { participants: readonly string[] }[]
): Map<string, string> {
	const order = [...new Set(calls.flatMap((c) => c.participants))];
	return new Map(order.map((id, i) => [id, SPEAKER_COLORS[i % SPEAKER_COLORS.length]!]));
}

export type Side = 'start' | 'end';

/** The side each speaker speaks from: two speakers face each other; more all speak from the
 * start side. */
export function speakerSides(
	speakers: readonly Pick<TranscriptSpeaker, 'id'>[]
): Map<string, Side> {
	return new Map(
		speakers.map((s, i) => [s.id, speakers.length === 2 && i === 1 ? 'end' : 'start'])
	);
}

/**
 * The lines that open a turn, and so carry the speaker's name: the first line on screen of each
 * run of consecutive lines (in the call's order) from one speaker. A line hidden between two
 * shown lines still breaks the run when another speaker says it.
 */
export function turnStarts(
	lines: readonly { id: string; speaker: string }[],
	visible: Iterable<string>
): Set<string> {
	const shown = new Set(visible);
	const starts = new Set<string>();
	let named = false;
	lines.forEach((line, i) => {
		if (i > 0 && lines[i - 1]!.speaker !== line.speaker) named = false;
		if (!named && shown.has(line.id)) {
			starts.add(line.id);
			named = true;
		}
	});
	return starts;
}
