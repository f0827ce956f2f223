/**
 * Sizes of the draft-path diagram, in CSS pixels. The components set their type from these
 * (as CSS custom properties) and the placement estimates text with them, so the two agree.
 * No text is smaller than 12px.
 */
import type { TextStyle } from './textMetrics';

/** The diagram switches to the wide, horizontal orientation at and above this frame size.
 * The same numbers are written in DraftPath.svelte's container query. */
export const WIDE_MIN = { width: 860, height: 700 } as const;

/** Frame sizes the wide placement must work at: the corners of the range it is used in, and
 * typical desktop frames. The placement is chosen to be free of collisions at all of them. */
export const WIDE_PLACEMENT_SIZES = [
	{ width: WIDE_MIN.width, height: WIDE_MIN.height },
	{ width: 1400, height: WIDE_MIN.height },
	{ width: WIDE_MIN.width, height: 1100 },
	{ width: 1400, height: 1100 },
	{ width: 880, height: 836 }
] as const;

/** The narrowest frame the narrow orientation is laid out for (a 320px phone). */
export const NARROW_MIN_WIDTH = 296;

export const TYPE = {
	stageTitle: { face: 'sansSemibold', size: 13, lineHeight: 16 },
	stageStatus: { face: 'sans', size: 12, lineHeight: 15 },
	quote: { face: 'serifItalic', size: 14, lineHeight: 19 },
	quoteBy: { face: 'sans', size: 12, lineHeight: 15 },
	flowLabel: { face: 'sans', size: 12, lineHeight: 15 },
	laneLabel: {
		face: 'sansSemibold',
		size: 12,
		lineHeight: 16,
		uppercase: true,
		letterSpacing: 0.06
	},
	laneNote: { face: 'sans', size: 12, lineHeight: 16 },
	axis: { face: 'sansSemibold', size: 12, lineHeight: 16 },
	legend: { face: 'sans', size: 12, lineHeight: 16 },
	rowMeta: { face: 'sansSemibold', size: 12, lineHeight: 16, uppercase: true, letterSpacing: 0.05 },
	rowTitle: { face: 'sansSemibold', size: 15, lineHeight: 19 },
	rowStatus: { face: 'sans', size: 12, lineHeight: 16 },
	rowQuote: { face: 'serifItalic', size: 15, lineHeight: 20 },
	rowFlow: { face: 'sans', size: 12, lineHeight: 16 }
} as const satisfies Record<string, TextStyle>;

export const WIDE = {
	/** Width of the lanes' names, left of the lanes. */
	gutter: 104,
	/** Space above the lanes for the legend (two lines). */
	legendHeight: 44,
	/** Space above the lanes for the dates. */
	axisHeight: 24,
	/** Space below the lanes for the sources of what is lit (two lines). */
	captionHeight: 38,
	/** Radius of a stage's dot; a lit dot is drawn 1.3 times larger. */
	dotRadius: 6,
	litScale: 1.3,
	/** Gap between a dot's edge (when lit) and its label. */
	labelGap: 5,
	/** Space the status glyph takes before a status line. */
	glyphIndent: 14,
	/** Left rule and padding of a quote. */
	quoteIndent: 11,
	/** Length of an arrowhead. */
	arrowLength: 10
} as const;

export const NARROW = {
	/** Horizontal distance between two lanes' tracks. */
	trackGap: 17,
	/** Space left of the first track. */
	gutterStart: 10,
	/** Space between the last track and the text. */
	gutterEnd: 14,
	dotRadius: 6,
	/** Space below each row. */
	rowGap: 18,
	/** Space between the blocks of a row (title, quote, flows). */
	blockGap: 5,
	glyphIndent: 14,
	quoteIndent: 12,
	flowIndent: 18,
	/** Space between the rotated lane names and the first row. */
	headerGap: 10
} as const;

/** Width of the narrow diagram's gutter, where the tracks run. */
export function narrowGutter(laneCount: number): number {
	return NARROW.gutterStart + NARROW.trackGap * Math.max(0, laneCount - 1) + NARROW.gutterEnd;
}
