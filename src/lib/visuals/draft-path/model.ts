/**
 * The draft path's data, as plain arrays, and the layout its build-time preparation computes
 * for it (prepare.ts). Types and the sizes both sides share only: a component can import this
 * file without pulling any layout code into the reader's JavaScript.
 */
import type { Status } from '../../model/status';
import type { TextStyle } from '../textMetrics';

export type { Status };

/** A place the path runs through: drawn as a band (wide) or a track (narrow). */
export interface DraftPathLane {
	id: string;
	label: string;
	/** Who is there, e.g. "Dmitriev, Ushakov". */
	description?: string;
}

/** The denial on record, shown at the stage or flow it denies, and in full one tap away. */
export interface DraftPathDenial {
	/** "the State Department", "Kirill Dmitriev". */
	by: string;
	/** What they said: in quotation marks only when `quote` is true. */
	text: string;
	quote?: boolean;
	/** Where the denial is on record (names, or ids the caller can resolve). */
	sources?: readonly string[];
}

/** How well a stage or flow stands up. All optional: without it a stage is drawn plain. */
export interface DraftPathProvenance {
	status?: Status;
	/** Who asserts a claimed fact: "The Insider (anonymous source)". */
	claimant?: string;
	denial?: DraftPathDenial;
	/** Names of the sources (outlets), shown in the narrow rows and the caption. */
	sources?: readonly string[];
	/** The words around it in the page's language (English where not given): its status, "by"
	 * before a claimant, "Denied by" before who denies it. */
	words?: { status: string; by: string; deniedBy: string };
}

export interface DraftPathStage extends DraftPathProvenance {
	id: string;
	lane: string;
	/** YYYY-MM-DD: orders the stages. With only an approximate date, give `dateLabel` too. */
	date: string;
	end?: string;
	/** Shown instead of the date: "Late Jan.", "Mid-Oct.". */
	dateLabel?: string;
	label: string;
	/** Words from a record, verbatim: shown in quotation marks, with who said them. `marks` are
	 * the language's quotation marks, “ and ” unless given (« and » in Ukrainian). */
	quote?: { text: string; by?: string; marks?: { open: string; close: string } };
}

/** What moved along a flow; its arrowhead's shape says it, so colour is never the only clue. */
export type FlowKind = 'paper' | 'pressure' | 'report' | 'contact';

export interface DraftPathFlow extends DraftPathProvenance {
	id: string;
	from: string;
	to: string;
	kind?: FlowKind;
	label?: string;
	/** What moved, in the page's language ("The paper" in English where not given). */
	kindLabel?: string;
}

export interface DraftPathData {
	lanes: readonly DraftPathLane[];
	stages: readonly DraftPathStage[];
	flows: readonly DraftPathFlow[];
}

// ---------------------------------------------------------------------------------------------
// The prepared layout: plain numbers and strings, computed once on the server (prepare.ts).
// ---------------------------------------------------------------------------------------------

/** Which way a flow travels where it arrives (where its arrowhead points). */
export type Heading = 'right' | 'left' | 'down' | 'up';

/** A flow's line: an SVG path, its arrowhead and the way it is revealed when drawn. */
export interface FlowLine {
	id: string;
	/** SVG path data: in 0–100 units of the chart (wide), in pixels of the strip (narrow). */
	d: string;
	/** The box the line is drawn in, in the same units (FlowLines slides it to reveal it). */
	box: { x: number; y: number; w: number; h: number };
	/** Where the flow ends (fractions, wide; pixels, narrow), and how far before that point, in
	 * pixels, its arrowhead's tip stops (the edge of a dot, or of a hub). */
	head: { x: number; y: number; heading: Heading; gap: number };
	reveal: Heading;
}

/** Where a label sits around its anchor: a compass side, and how it aligns there. */
export type Place =
	| 'e'
	| 'w'
	| 'n-start'
	| 'n-center'
	| 'n-end'
	| 's-start'
	| 's-center'
	| 's-end'
	| 'ne'
	| 'se'
	| 'nw'
	| 'sw';

/**
 * Where a label of the wide diagram sits in one tier (see WIDE_TIERS). Its anchor sits at
 * fractions of the chart (so it moves with the frame's size); the label at a fixed offset in
 * pixels from it: left = x + dx, top = y + dy, then translate(tx%, ty%) of its own size, so
 * that it grows away from its anchor.
 */
export interface LabelSpot {
	x: number;
	y: number;
	dx: number;
	dy: number;
	tx: 0 | -50 | -100;
	ty: 0 | -50 | -100;
	/** CSS max-width: the lines wrap at this width. */
	width: number;
	align: 'left' | 'center' | 'right';
	/** Index of the lane whose band holds it (its background matches that band). */
	band: number;
	/** Shortened to its compact words in a roomier tier, where the full ones found no place. */
	short?: boolean;
}

export interface WideLabel {
	/** "stage:<id>", "quote:<id>" or "flow:<id>". */
	id: string;
	/** Its place in each tier of WIDE_TIERS; null where the tier leaves it out. */
	spots: (LabelSpot | null)[];
}

export interface WideLayout {
	/** Dates above the columns, in rows (WIDE.axisRows) so that they never touch; each centred
	 * on its column but kept inside the frame, by its estimated width `w` in pixels. */
	columns: { label: string; x: number; row: number; w: number }[];
	/** Where a long wait breaks the time axis. */
	breaks: number[];
	/** Each lane's band, top to bottom, in fractions of the chart's height. */
	lanes: { id: string; top: number; bottom: number }[];
	/** Each stage's dot; a hub (see HUB_MIN) is a bar from span[0] to span[1]. */
	stages: { id: string; x: number; y: number; span?: [number, number] }[];
	flows: FlowLine[];
	labels: WideLabel[];
}

export interface NarrowRow {
	id: string;
	/** Pixels from the top of the rows. */
	top: number;
	height: number;
	/** Track index of the stage's lane. */
	track: number;
}

/** The narrow diagram laid out for one width of text (see NARROW_TIERS). */
export interface NarrowLayout {
	rows: NarrowRow[];
	flows: FlowLine[];
	/** Height of the rows, in pixels. */
	height: number;
}

export interface DraftPathLayout {
	/** Names the data the layout was made for: equal data, equal key. */
	key: string;
	wide: WideLayout;
	/** One narrow layout per tier of NARROW_TIERS, narrowest first. */
	narrow: NarrowLayout[];
	/** Labels the search could not place clear of everything (empty in a good layout). */
	unresolved: string[];
}

// ---------------------------------------------------------------------------------------------
// Sizes, in CSS pixels, shared by the components and the layout
// ---------------------------------------------------------------------------------------------

/**
 * The wide orientation's tiers, from the roomiest: the smallest body (the frame below the
 * legend) each is shown in, the body sizes its labels are placed for and checked at (the
 * corners of its range and sizes in between), and whether it is compact: without the words on
 * flows (their status and denial stay) and without quotes. Smaller bodies get the narrow
 * orientation. The same numbers are written in the components' container queries.
 */
export const WIDE_TIERS = [
	{
		min: { width: 860, height: 700 },
		compact: false,
		sizes: [
			{ width: 860, height: 700 },
			{ width: 860, height: 1000 },
			{ width: 1000, height: 800 },
			{ width: 1300, height: 700 },
			{ width: 1300, height: 1000 }
		]
	},
	{
		// Its chart (below WIDE.axisHeight) at least 460px tall.
		min: { width: 640, height: 536 },
		compact: true,
		sizes: [
			{ width: 640, height: 536 },
			{ width: 640, height: 900 },
			{ width: 740, height: 600 },
			{ width: 1300, height: 536 },
			{ width: 859, height: 699 }
		]
	}
] as const;

/** The narrow diagram's tiers: the narrowest frame each is laid out for, and the container
 * width from which it is used (written in DraftPathNarrow.svelte's container query too). */
export const NARROW_TIERS = [
	{ width: 296, from: 0 },
	{ width: 340, from: 340 },
	{ width: 470, from: 470 },
	{ width: 640, from: 640 }
] as const;

/** The type of the labels: the components set it from these, the layout measures with them. */
export const TYPE = {
	title: { face: 'sansSemibold', size: 13, lineHeight: 16 },
	status: { face: 'sans', size: 12, lineHeight: 15 },
	quote: { face: 'serifItalic', size: 14, lineHeight: 19 },
	caption: { face: 'sans', size: 12, lineHeight: 15 },
	laneName: {
		face: 'sansSemibold',
		size: 12,
		lineHeight: 16,
		uppercase: true,
		letterSpacing: 0.06
	},
	laneNote: { face: 'sans', size: 12, lineHeight: 16 },
	axis: { face: 'sansSemibold', size: 12, lineHeight: 16 },
	rowMeta: { face: 'sansSemibold', size: 12, lineHeight: 16, uppercase: true, letterSpacing: 0.05 },
	rowTitle: { face: 'sansSemibold', size: 15, lineHeight: 19 },
	rowText: { face: 'sans', size: 12, lineHeight: 16 },
	rowQuote: { face: 'serifItalic', size: 15, lineHeight: 20 }
} as const satisfies Record<string, TextStyle>;

/** Where a stage's dot sits below the top of its narrow row: on its title's first line. */
export const ROW_DOT_OFFSET = TYPE.rowMeta.lineHeight + TYPE.rowTitle.lineHeight / 2;

/** Space for the glyph before a status or a denial, and for the rule left of a quote. */
export const INDENT = { glyph: 15, quote: 11, flow: 18, line: 20 } as const;

export const WIDE = {
	/** Rows of dates above the bands (a date that would touch its neighbour drops a row; three
	 * fit the flagship's spelled-out months at the narrowest wide frame), the space they take
	 * above the bands, and the space below them for the sources. */
	axisRows: 3,
	axisHeight: 3 * TYPE.axis.lineHeight + 4,
	captionHeight: 24,
	/** Radius of a stage's dot; a lit dot is drawn 1.3 times larger. */
	dotRadius: 6,
	litScale: 1.3,
	/** Half the width of a hub's bar, and the least distance between two of its ports. */
	hubHalfWidth: 5,
	portGap: 15,
	/** Gap between a lit dot's edge and its label. */
	labelGap: 5,
	arrowLength: 10
} as const;

export const NARROW = {
	/** Horizontal distance between two lanes' tracks, and the space left of the first. */
	trackGap: 17,
	gutterStart: 10,
	/** Space between the last track and the text. */
	gutterEnd: 22,
	dotRadius: 6,
	/** Space below each row, and between the rotated lane names and the first row. */
	rowGap: 18,
	headerGap: 10
} as const;

/** A track's x in the narrow diagram, in pixels. */
export const trackX = (track: number) => NARROW.gutterStart + track * NARROW.trackGap;

/** Width of the narrow diagram's gutter, where the tracks run. */
export function narrowGutter(laneCount: number): number {
	return NARROW.gutterStart + NARROW.trackGap * Math.max(0, laneCount - 1) + NARROW.gutterEnd;
}

// The story carries its draft path's layout (computed at build time): the model leaves room for
// it (StoryLayouts) without knowing the draft path.
declare module '../../model/schema.js' {
	interface StoryLayouts {
		draftPath?: DraftPathLayout;
	}
}
