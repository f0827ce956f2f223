/**
 * Where the timeline puts things: a camera along a true time scale. At each step the main axis
 * shows one window of time, chosen to hold the events the step is about and the events either
 * side of them, and fills the frame's height with it. Every dot sits at its date's place in the
 * window (proportional to time); labels sit beside their dots, nudged apart just enough not to
 * overlap, with a leader line back to the dot.
 *
 * Nothing is measured in the browser. The frame's size is known only to CSS, so the layout is
 * made for a few frame classes (FRAME_CLASSES, the same numbers as the container queries in
 * Timeline.svelte), each at its smallest size, with text estimated from font metrics at its
 * narrowest width. A dot's place is a fraction of the frame's height and a label's nudge a fixed
 * length, so a taller frame only spreads them further apart: what fits at a class's smallest
 * size fits in every frame of that class. Pure and cheap (a few dozen events); tested alone.
 */
import { textWidth, wrapText, type TextStyle } from '../textMetrics';
import type { DayGroup, TimelineEvent } from './timelineEvents';
import { COMPACT_MIN_HEIGHT } from './phoneHeight';

export { OVERVIEW_HEIGHT, PHONE_GRAPHIC_MIN_HEIGHT } from './phoneHeight';

/** The root font size the rem values assume (they scale with the reader's setting). */
export const REM = 16;

/** A frame class: applies when the main area is at least this wide and tall (rem). The first is
 * the default; later ones override earlier ones, as the container queries do. */
export interface FrameClass {
	minWidth: number;
	minHeight: number;
	/** Its type sizes (TYPE): compact on a short phone, larger for frames wider than a phone's. */
	type: keyof typeof TYPE;
}

/** The first is a short phone's (360 × 640 and up: a 21rem-wide frame; the timeline's section
 * keeps its pinned graphic tall enough for 17.5rem, PHONE_GRAPHIC_MIN_HEIGHT), in compact type so
 * that every step's events keep their titles; then a taller phone's, then wider screens'. */
export const FRAME_CLASSES: readonly FrameClass[] = [
	{ minWidth: 21, minHeight: COMPACT_MIN_HEIGHT, type: 'compact' },
	{ minWidth: 21, minHeight: 21, type: 'narrow' },
	{ minWidth: 36, minHeight: 22, type: 'wide' },
	{ minWidth: 36, minHeight: 30, type: 'wide' },
	{ minWidth: 36, minHeight: 40, type: 'wide' }
];

/** Horizontal places in the main area (px), shared by the layout and the stylesheet. */
export const GEOMETRY = {
	/** Height of a label that shows its date only (a day between the step's events, when
	 * their titles would not fit). */
	briefHeight: 16,
	/** Right edge of the axis's date labels. */
	tickRight: 58,
	/** The axis. */
	axis: 72,
	/** Where event labels start: room for the leader from a dot to its label. */
	labelLeft: 108,
	/** Widest an event label gets. */
	maxLabelWidth: 480,
	/** Radius of an event's dot; the dots of the step's events are drawn larger. */
	dotRadius: 4,
	activeDotRadius: 6,
	/** Space kept between labels and the frame's top and bottom edges. */
	edge: 4,
	/** Space kept between the first and last dot and the frame's top and bottom edges. */
	dotEdge: 12,
	/** Least distance between two dates on the axis. */
	tickGap: 48
} as const;

const sans = (size: number, lineHeight: number): TextStyle => ({
	face: 'sansSemibold',
	size,
	lineHeight
});

/** Type sizes (px), as Timeline.svelte sets them. Titles are estimated in the semibold face,
 * which the step's events use, so a regular title never takes more room than was kept for it. */
export const TYPE = {
	compact: { date: sans(12, 14), title: sans(13, 16), badge: sans(12, 16), gap: 8, inner: 2 },
	narrow: { date: sans(12, 16), title: sans(14, 18), badge: sans(12, 16), gap: 10, inner: 4 },
	wide: { date: sans(12, 16), title: sans(15, 20), badge: sans(12, 16), gap: 14, inner: 6 }
} as const;

/** The status badge after a title: glyph, word, padding and border (StatusBadge, compact). */
export const badgeWidth = (word: string) => textWidth(word, TYPE.narrow.badge) + 32;

/** A title's lines at a width, keeping room for its status word when it has one. */
function titleLines(title: string, badge: string | undefined, width: number, style: TextStyle) {
	const lines = wrapText(title, width, style);
	if (!badge) return lines.length;
	const last = textWidth(lines.at(-1) ?? '', style) + textWidth(' ', style) + badgeWidth(badge);
	return lines.length + (last > width ? 1 : 0);
}

/** Heights of a group's label (px) and where each of its events starts within it. */
export interface GroupBox {
	height: number;
	/** Offsets of the events' titles; the first event's box also holds the date line. */
	offsets: number[];
}

export function groupBoxes(
	groups: readonly DayGroup[],
	frame: FrameClass,
	statusWord: (event: TimelineEvent) => string | undefined
): GroupBox[] {
	const type = TYPE[frame.type];
	const width = labelWidth(frame);
	return groups.map((group) => {
		const offsets: number[] = [];
		let y = type.date.lineHeight + 2;
		group.events.forEach((event, i) => {
			offsets.push(i === 0 ? 0 : y);
			y += titleLines(event.title, statusWord(event), width, type.title) * type.title.lineHeight;
			if (i < group.events.length - 1) y += type.inner;
		});
		return { height: y, offsets };
	});
}

/** The labels' width at a class's narrowest frame. */
export function labelWidth(frame: FrameClass): number {
	return Math.min(GEOMETRY.maxLabelWidth, frame.minWidth * REM - GEOMETRY.labelLeft - 4);
}
