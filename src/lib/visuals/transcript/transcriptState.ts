/**
 * What the transcript reveal shows at a step: which lines are on screen, which arrived at this
 * step and which are earlier (dimmed), and which words are highlighted. Pure, so the reveal is
 * tested without a browser, and the same step always draws the same transcript: scrolling back
 * up undoes a step exactly.
 *
 * Progress inside a step deliberately plays no part: a reader who follows a link to a step lands
 * at progress 0, and a highlight scrubbed by progress would show them half-marked words. The
 * highlight sweeps in over a fixed time instead (CSS, and not under reduced motion).
 */

/** `hidden`: not reached yet. `new`: arrived at the active step. `earlier`: arrived before. */
export type LinePhase = 'hidden' | 'new' | 'earlier';

export interface LineView {
	phase: LinePhase;
	/** An earlier line the step is not about: it stays on screen, in a quieter colour. */
	dimmed: boolean;
}

/** Words of one line to mark: the first occurrence of `phrase` in the line's text. */
export interface PhraseRef {
	line: string;
	phrase: string;
}

export interface TranscriptHighlight extends PhraseRef {
	/** Where the phrase starts and ends in the line's text (its first occurrence). */
	start: number;
	end: number;
}

/** What to show, as plain ids: given by a designer, or worked out from a section's steps
 * (`stepShown`). */
export interface TranscriptShown {
	/** Lines the step is about: they arrive now; other shown lines are dimmed. Without it,
	 * nothing is dimmed (a plain transcript). */
	active?: Iterable<string>;
	/** Lines on screen. Defaults to every line. */
	reached?: Iterable<string>;
	highlight?: PhraseRef;
}

export interface TranscriptState {
	/** How every line of the call is shown, by line id. */
	lines: Readonly<Record<string, LineView>>;
	/** Ids of the lines on screen, in the call's order. */
	visible: readonly string[];
	/** The line that must be in view: the highlighted one, else the newest that arrived. */
	focus: string | undefined;
	highlight: TranscriptHighlight | undefined;
	/** The graphic follows the reader's scrolling (pinned), rather than being a static copy. */
	live: boolean;
	/** Lines may fade in and the highlight sweep in (false for static copies and reduced motion). */
	motion: boolean;
}

/** Where the graphic is: the fields of <Scrolly>'s GraphicState that the transcript reads. */
export interface TranscriptPosition {
	/** Index of the active step (0-based); clamped to the steps there are. */
	index: number;
	/** A static copy that follows its step (no JavaScript, print, stacked embeds). */
	stacked?: boolean;
	reducedMotion?: boolean;
}

/** A section's steps: the lines each brings in, and the words it marks. */
export type TranscriptSteps = readonly { lines: readonly string[]; highlight?: PhraseRef }[];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** What a section shows at a step: the step's lines are new, those of earlier steps stay. */
export function stepShown(
	steps: TranscriptSteps,
	index: number
): Required<Omit<TranscriptShown, 'highlight'>> & Pick<TranscriptShown, 'highlight'> {
	if (steps.length === 0) return { active: [], reached: [] };
	const at = clamp(Math.trunc(index) || 0, 0, steps.length - 1);
	return {
		active: [...steps[at]!.lines],
		reached: steps.slice(0, at + 1).flatMap((step) => step.lines),
		highlight: steps[at]!.highlight
	};
}

/** How each line of a call is shown, from plain ids. Pure: the same ids always draw the same
 * transcript, so scrolling back up undoes a step exactly. */
export function transcriptView(
	lines: readonly { id: string; text: string }[],
	shown: TranscriptShown,
	options: { live?: boolean; reducedMotion?: boolean } = {}
): TranscriptState {
	const live = options.live ?? true;
	const motion = live && !options.reducedMotion;
	const arrived = new Set(shown.active ?? []);
	const reached = shown.reached ? new Set(shown.reached) : new Set(lines.map((l) => l.id));
	const highlight = findPhrase(lines, shown.highlight, reached);

	const views: Record<string, LineView> = {};
	const visible: string[] = [];
	let newest: string | undefined;
	for (const line of lines) {
		const phase: LinePhase = !reached.has(line.id)
			? 'hidden'
			: arrived.has(line.id)
				? 'new'
				: 'earlier';
		// A step may come back to an earlier line to mark more of its words: that line is what
		// the step is about, so it is not dimmed.
		const dimmed = phase === 'earlier' && shown.active !== undefined && highlight?.line !== line.id;
		views[line.id] = { phase, dimmed };
		if (phase !== 'hidden') visible.push(line.id);
		if (phase === 'new') newest = line.id;
	}
	const focus = highlight?.line ?? newest ?? visible.at(-1);
	return { lines: views, visible, focus, highlight, live, motion };
}

/** A section's transcript at a step: `stepShown` then `transcriptView`. */
export function transcriptState(
	call: { lines: readonly { id: string; text: string }[] },
	steps: TranscriptSteps,
	position: TranscriptPosition
): TranscriptState {
	return transcriptView(call.lines, stepShown(steps, position.index), {
		live: !position.stacked,
		reducedMotion: position.reducedMotion
	});
}

function findPhrase(
	lines: readonly { id: string; text: string }[],
	wanted: PhraseRef | undefined,
	reached: ReadonlySet<string>
): TranscriptHighlight | undefined {
	if (!wanted || !reached.has(wanted.line)) return undefined;
	const line = lines.find((l) => l.id === wanted.line);
	const start = line ? line.text.indexOf(wanted.phrase) : -1;
	// The loader rejects a phrase that is not in its line; a designer's hand-made data might not
	// have been through it, and a highlight on the wrong words is worse than none.
	if (!line || start < 0 || wanted.phrase.length === 0) return undefined;
	return { line: line.id, phrase: wanted.phrase, start, end: start + wanted.phrase.length };
}

/** A line's text cut around its highlighted phrase; `marked` is the phrase itself. */
export interface TextPiece {
	text: string;
	marked: boolean;
}

export function splitAtHighlight(
	text: string,
	highlight: Pick<TranscriptHighlight, 'start' | 'end'> | undefined
): TextPiece[] {
	if (!highlight || highlight.start < 0 || highlight.end > text.length) {
		return [{ text, marked: false }];
	}
	return [
		{ text: text.slice(0, highlight.start), marked: false },
		{ text: text.slice(highlight.start, highlight.end), marked: true },
		{ text: text.slice(highlight.end), marked: false }
	].filter((piece) => piece.text.length > 0);
}

/** Where the highlighted words sit inside the focus line, in pixels from the line's top. */
export interface MarkBox {
	top: number;
	bottom: number;
}

/**
 * How far to slide the lines up inside their frame so that the newest ones are in view. The
 * heights come from a ResizeObserver (no layout is read while scrolling); hidden lines are 0.
 *
 * The last visible line ends at the frame's bottom when the lines overflow; but if that would
 * push the focus line's top out of the frame, the focus line's top is kept in view instead. A
 * focus line taller than the frame slides further, just enough to show its highlighted words.
 */
export function scrollShift(
	/** Rendered height of each line, in the call's order (0 for hidden lines). */
	heights: readonly number[],
	/** Index of the focus line in `heights`, or -1. */
	focusIndex: number,
	/** Height of the frame the lines scroll in, minus its top and bottom padding. */
	frame: number,
	/** The highlighted words inside the focus line, when they have been measured. */
	mark?: MarkBox
): number {
	if (!(frame > 0)) return 0;
	const total = heights.reduce((sum, h) => sum + h, 0);
	const overflow = Math.max(0, total - frame);
	if (focusIndex < 0) return overflow;
	const focusTop = heights.slice(0, focusIndex).reduce((sum, h) => sum + h, 0);
	let shift = Math.min(overflow, focusTop);
	if (mark && focusTop + mark.bottom - shift > frame) {
		// The words would be below the frame: bring their bottom in, but never their top out.
		shift = Math.min(focusTop + mark.bottom - frame, focusTop + mark.top);
	}
	return Math.round(Math.max(0, shift));
}
