/**
 * A label of the wide draft-path diagram, placed: which label (a stage's name, its quote, the
 * words on a flow), where around its anchor it sits, and at what width its lines wrap. The
 * search for good places (labelPlacement.ts) runs on the server; the browser gets its choices
 * and rebuilds the labels with this small module.
 *
 * A label is placed relative to its anchor (a stage's dot, or a point on a flow) with an offset
 * in pixels, while the anchor sits at a percentage of the frame: one placement serves every
 * frame size, and nothing moves on hydration.
 */
import { pointOnCurve, type FlowRoute, type Point, type WideLayout } from './draftPathLayout';
import type { Box } from './geometry';
import {
	flowLabelParts,
	measureParts,
	quoteParts,
	stageLabelParts,
	type LabelPart
} from './labelContent';
import { WIDE } from './metrics';
import type { StageQuote } from './stageQuote';
import { LIT_RADIUS } from './wideFrame';

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

/** A label placed relative to its anchor. CSS: left = anchor x + dx, top = anchor y + dy, then
 * translate(tx%, ty%) of the label's own size, so that a label grows away from its anchor. */
export interface PlacedLabel {
	/** "stage:call-2", "quote:call-2", "flow:paper-to-plan". */
	id: string;
	kind: 'stage' | 'quote' | 'flow';
	/** The stage or flow the label belongs to. */
	of: string;
	/** In domain units, as the layout's points. */
	anchor: Point;
	place: Place;
	/** CSS max-width in pixels: the lines wrap at this width. */
	maxWidth: number;
	dx: number;
	dy: number;
	tx: 0 | -50 | -100;
	ty: 0 | -50 | -100;
	parts: LabelPart[];
	/** Estimated size in pixels. */
	size: { w: number; h: number };
	/** For the words on a flow: where along the flow (0–1) they sit. */
	t?: number;
}

/** The label's box in pixels, with its anchor at `at` (pixels). */
export function labelBox(label: PlacedLabel, at: Point): Box {
	return {
		x: at.x + label.dx + (label.tx / 100) * label.size.w,
		y: at.y + label.dy + (label.ty / 100) * label.size.h,
		w: label.size.w,
		h: label.size.h
	};
}

/** What a label says and what it is anchored to, before it is placed. */
export interface LabelBase {
	id: string;
	kind: PlacedLabel['kind'];
	of: string;
	parts: LabelPart[];
	/** The dot it belongs to, for a stage's name and quote. */
	anchor: Point;
	/** The flow it sits on, for the words on a flow. */
	route?: FlowRoute;
}

/** Every label the wide diagram has, in a stable order: quotes, stages' names, flows' words. */
export function labelBases(
	layout: WideLayout,
	quotes: ReadonlyMap<string, StageQuote>
): LabelBase[] {
	const bases: LabelBase[] = [];
	for (const slot of layout.stages) {
		const quote = quotes.get(slot.stage.id);
		if (quote)
			bases.push({
				id: `quote:${slot.stage.id}`,
				kind: 'quote',
				of: slot.stage.id,
				parts: quoteParts(quote),
				anchor: slot.at
			});
	}
	for (const slot of layout.stages)
		bases.push({
			id: `stage:${slot.stage.id}`,
			kind: 'stage',
			of: slot.stage.id,
			parts: stageLabelParts(slot.stage),
			anchor: slot.at
		});
	for (const route of layout.flows) {
		const parts = flowLabelParts(route.flow);
		if (parts.length)
			bases.push({
				id: `flow:${route.flow.id}`,
				kind: 'flow',
				of: route.flow.id,
				parts,
				anchor: route.curve.to,
				route
			});
	}
	return bases;
}

/** Where a label goes: all the browser needs to rebuild it. */
export interface LabelChoice {
	id: string;
	place: Place;
	maxWidth: number;
	/** For the words on a flow: where along the flow (0–1) they sit. */
	t?: number;
}

/** Gap between a lit dot's edge and its label. */
const STAGE_GAP = LIT_RADIUS + WIDE.labelGap;
/** Gap between a flow and its words. */
const FLOW_GAP = 5;
/** A corner label keeps this far to the side of its dot's centre (clear of a vertical line)… */
const CORNER_SIDE = 10;
/** …and this much closer to the dot vertically than a label straight above or below it. */
const CORNER_LIFT = 0;
type Offsets = Pick<PlacedLabel, 'dx' | 'dy' | 'tx' | 'ty'>;

/**
 * Offsets of a place. Beside a dot, a label's first line is centred on the dot; beside a point
 * on a flow, the whole label is. Above and below, it aligns its start, centre or end with the dot.
 */
function offsets(
	place: Place,
	gap: number,
	side: number,
	sideDy: number,
	sideTy: 0 | -50
): Offsets {
	switch (place) {
		case 'e':
			return { dx: gap, dy: sideDy, tx: 0, ty: sideTy };
		case 'w':
			return { dx: -gap, dy: sideDy, tx: -100, ty: sideTy };
		case 'n-start':
			return { dx: -side, dy: -gap, tx: 0, ty: -100 };
		case 'n-center':
			return { dx: 0, dy: -gap, tx: -50, ty: -100 };
		case 'n-end':
			return { dx: side, dy: -gap, tx: -100, ty: -100 };
		case 's-start':
			return { dx: -side, dy: gap, tx: 0, ty: 0 };
		case 's-center':
			return { dx: 0, dy: gap, tx: -50, ty: 0 };
		case 's-end':
			return { dx: side, dy: gap, tx: -100, ty: 0 };
		case 'ne':
			return { dx: CORNER_SIDE, dy: -gap + CORNER_LIFT, tx: 0, ty: -100 };
		case 'se':
			return { dx: CORNER_SIDE, dy: gap - CORNER_LIFT, tx: 0, ty: 0 };
		case 'nw':
			return { dx: -CORNER_SIDE, dy: -gap + CORNER_LIFT, tx: -100, ty: -100 };
		case 'sw':
			return { dx: -CORNER_SIDE, dy: gap - CORNER_LIFT, tx: -100, ty: 0 };
	}
}

/** A label, placed as chosen. */
export function placeLabel(
	base: LabelBase,
	choice: LabelChoice,
	size = measureParts(base.parts, choice.maxWidth)
): PlacedLabel {
	const anchor =
		base.route && choice.t !== undefined ? pointOnCurve(base.route.curve, choice.t) : base.anchor;
	const firstLine = base.parts[0]?.style.lineHeight ?? 16;
	const o = base.route
		? offsets(choice.place, FLOW_GAP, 0, 0, -50)
		: offsets(
				choice.place,
				STAGE_GAP,
				base.kind === 'quote' ? WIDE.dotRadius : LIT_RADIUS,
				-firstLine / 2,
				0
			);
	return {
		id: base.id,
		kind: base.kind,
		of: base.of,
		parts: base.parts,
		anchor,
		place: choice.place,
		maxWidth: choice.maxWidth,
		t: choice.t,
		...o,
		size
	};
}

/** The labels, rebuilt from the choices made for them; labels without a choice are left out. */
export function labelsFromChoices(
	layout: WideLayout,
	quotes: ReadonlyMap<string, StageQuote>,
	choices: readonly LabelChoice[]
): PlacedLabel[] {
	const byId = new Map(choices.map((c) => [c.id, c]));
	return labelBases(layout, quotes).flatMap((base) => {
		const choice = byId.get(base.id);
		return choice ? [placeLabel(base, choice)] : [];
	});
}

/** The choices behind some placed labels. */
export function choicesOf(labels: readonly PlacedLabel[]): LabelChoice[] {
	return labels.map((l) =>
		l.t === undefined
			? { id: l.id, place: l.place, maxWidth: l.maxWidth }
			: { id: l.id, place: l.place, maxWidth: l.maxWidth, t: l.t }
	);
}
