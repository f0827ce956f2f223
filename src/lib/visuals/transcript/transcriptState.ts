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
import type { Call, TranscriptStep } from '../../story/schema';

/** `hidden`: not reached yet. `new`: arrived at the active step. `earlier`: arrived before. */
export type LinePhase = 'hidden' | 'new' | 'earlier';

export interface LineView {
	phase: LinePhase;
	/** An earlier line the step is not about: it stays on screen, in a quieter colour. */
	dimmed: boolean;
}

export interface TranscriptHighlight {
	/** Id of the line that holds the phrase. */
	line: string;
	phrase: string;
	/** Where the phrase starts and ends in the line's text (its first occurrence). */
	start: number;
	end: number;
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

const HIDDEN: LineView = { phase: 'hidden', dimmed: false };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function transcriptState(
	call: Pick<Call, 'lines'>,
	steps: readonly Pick<TranscriptStep, 'lines' | 'highlight'>[],
	position: TranscriptPosition
): TranscriptState {
	const live = !position.stacked;
	const motion = live && !position.reducedMotion;
	if (steps.length === 0) {
		const lines = Object.fromEntries(call.lines.map((line) => [line.id, HIDDEN]));
		return { lines, visible: [], focus: undefined, highlight: undefined, live, motion };
	}

	const active = clamp(Math.trunc(position.index) || 0, 0, steps.length - 1);
	const arrived = new Set(steps[active]!.lines);
	const reached = new Set(steps.slice(0, active + 1).flatMap((step) => step.lines));

	const highlight = highlightAt(call, steps[active]!, reached);

	const lines: Record<string, LineView> = {};
	const visible: string[] = [];
	let newest: string | undefined;
	for (const line of call.lines) {
		const phase: LinePhase = arrived.has(line.id)
			? 'new'
			: reached.has(line.id)
				? 'earlier'
				: 'hidden';
		// A step may come back to an earlier line to highlight more of its words: that line is
		// what the step is about, so it is not dimmed.
		lines[line.id] = { phase, dimmed: phase === 'earlier' && highlight?.line !== line.id };
		if (phase !== 'hidden') visible.push(line.id);
		if (phase === 'new') newest = line.id;
	}

	const focus = highlight?.line ?? newest ?? visible.at(-1);
	return { lines, visible, focus, highlight, live, motion };
}

function highlightAt(
	call: Pick<Call, 'lines'>,
	step: Pick<TranscriptStep, 'highlight'>,
	reached: ReadonlySet<string>
): TranscriptHighlight | undefined {
	const wanted = step.highlight;
	if (!wanted || !reached.has(wanted.line)) return undefined;
	const line = call.lines.find((l) => l.id === wanted.line);
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
