/**
 * Where the wide draft-path diagram puts its labels, and the collision check that proves no
 * label touches another, a dot, an arrowhead or a line, or leaves its lane.
 *
 * A label is placed relative to its anchor (a stage's dot, or a point on a flow) with an offset
 * in pixels, while the anchor sits at a percentage of the frame. So one placement serves every
 * frame size, on the server and in the browser, and nothing moves on hydration. It is chosen to
 * be free of collisions at all of WIDE_PLACEMENT_SIZES (the corners of the range of sizes the
 * wide orientation is used at); the tests check many sizes in between.
 */
import type { FlowRoute, Point, WideLayout } from './draftPathLayout';
import { pointOnCurve } from './draftPathLayout';
import { boxInside, boxesOverlap, inflate, polylineHitsBox, type Box } from './geometry';
import {
	flowLabelParts,
	measureParts,
	quoteParts,
	stageLabelParts,
	type LabelPart
} from './labelContent';
import { WIDE, WIDE_PLACEMENT_SIZES } from './metrics';
import type { StageQuote } from './stageQuote';
import { axisLabelBoxes, LIT_RADIUS, sceneAt, type Scene, type Size } from './wideFrame';

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

// ---------------------------------------------------------------------------------------------
// Candidates
// ---------------------------------------------------------------------------------------------

/** Places around a dot, with their cost (lower is preferred): beside the dot first. */
const STAGE_PLACES: [Place, number][] = [
	['e', 0],
	['s-start', 0.6],
	['n-start', 0.8],
	['se', 0.9],
	['s-center', 1],
	['ne', 1],
	['n-center', 1.1],
	['w', 1.3],
	['s-end', 1.5],
	['n-end', 1.6],
	['sw', 1.7],
	['nw', 1.8]
];
/** Places around a point on a flow. */
const FLOW_PLACES: [Place, number][] = [
	['e', 0],
	['w', 0.1],
	['n-center', 0.2],
	['s-center', 0.2],
	['n-start', 0.4],
	['s-start', 0.4],
	['n-end', 0.4],
	['s-end', 0.4]
];
/** Widths a label may wrap at, in order of preference. */
const STAGE_WIDTHS = [130, 160, 110, 200, 90, 240];
const QUOTE_WIDTHS = [230, 270, 310, 200, 350];
const FLOW_WIDTHS = [130, 170, 210];
/** Where along a flow its words may sit, middle first. */
const FLOW_POINTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];

/** Gap between a lit dot's edge and its label. */
const STAGE_GAP = LIT_RADIUS + WIDE.labelGap;
/** Gap between a flow and its words. */
const FLOW_GAP = 5;
/** A corner label keeps this far to the side of its dot's centre (clear of a vertical line)… */
const CORNER_SIDE = 10;
/** …and this much closer to the dot vertically than a label straight above or below it. */
const CORNER_LIFT = 0;
/** Gap kept between two labels. */
const LABEL_GAP = 3;

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

type Base = Pick<PlacedLabel, 'id' | 'kind' | 'of' | 'parts'>;

interface Option {
	label: PlacedLabel;
	cost: number;
	/** The label's box in each scene. */
	boxes: Box[];
}

function optionsFor(base: Base, anchor: Point, route: FlowRoute | undefined, scenes: Scene[]) {
	const sizes = new Map<number, { w: number; h: number }>();
	const sizeAt = (maxWidth: number) => {
		let size = sizes.get(maxWidth);
		if (!size) sizes.set(maxWidth, (size = measureParts(base.parts, maxWidth)));
		return size;
	};
	const firstLine = base.parts[0]?.style.lineHeight ?? 16;
	const out: Option[] = [];
	const add = (at: Point, place: Place, maxWidth: number, cost: number, o: Offsets) => {
		const label: PlacedLabel = {
			...base,
			anchor: at,
			place,
			maxWidth,
			...o,
			size: sizeAt(maxWidth)
		};
		out.push({ label, cost, boxes: scenes.map((s) => labelBox(label, s.project(at))) });
	};
	if (base.kind === 'flow' && route) {
		FLOW_POINTS.forEach((t, i) => {
			const at = pointOnCurve(route.curve, t);
			for (const [place, cost] of FLOW_PLACES)
				FLOW_WIDTHS.forEach((w, j) =>
					add(at, place, w, cost + i * 0.3 + j * 0.05, offsets(place, FLOW_GAP, 0, 0, -50))
				);
		});
	} else {
		const widths = base.kind === 'quote' ? QUOTE_WIDTHS : STAGE_WIDTHS;
		const side = base.kind === 'quote' ? WIDE.dotRadius : LIT_RADIUS;
		for (const [place, cost] of STAGE_PLACES)
			widths.forEach((w, j) =>
				add(anchor, place, w, cost + j * 0.08, offsets(place, STAGE_GAP, side, -firstLine / 2, 0))
			);
	}
	return out.sort((a, b) => a.cost - b.cost);
}

// ---------------------------------------------------------------------------------------------
// What a label must not touch
// ---------------------------------------------------------------------------------------------

/** A stage's label and quote stay in their lane's band; a flow's words stay in the lanes. */
function regionOf(label: PlacedLabel, scene: Scene, laneOf: ReadonlyMap<string, string>): Box {
	if (label.kind === 'flow') return scene.chart;
	const band = scene.bands.get(laneOf.get(label.of) ?? '');
	return band ? { x: band.x, y: band.y + 2, w: band.w, h: band.h - 4 } : scene.chart;
}

/** The area each stage's label may use in a scene: its lane's band, a little inset. */
function regionsOf(scene: Scene, laneOf: ReadonlyMap<string, string>): Map<string, Box> {
	const regions = new Map<string, Box>();
	for (const [stage, lane] of laneOf) {
		const band = scene.bands.get(lane);
		if (band) regions.set(stage, { x: band.x, y: band.y + 2, w: band.w, h: band.h - 4 });
	}
	return regions;
}

/** True if the box leaves its region or touches a dot, an arrowhead or a line. The fast check
 * used while placing (no allocation); obstaclesHit says what it touches. */
function touchesAnything(box: Box, region: Box, scene: Scene): boolean {
	if (
		box.x < region.x - 0.5 ||
		box.y < region.y - 0.5 ||
		box.x + box.w > region.x + region.w + 0.5 ||
		box.y + box.h > region.y + region.h + 0.5
	)
		return true;
	for (const dot of scene.dots) if (boxesOverlap(box, dot.box, 2)) return true;
	for (const arrow of scene.arrows) if (boxesOverlap(box, arrow.box, 2)) return true;
	const padded = inflate(box, 2);
	for (const line of scene.lines)
		if (boxesOverlap(padded, line.bounds) && polylineHitsBox(line.points, padded)) return true;
	return false;
}

/** Everything a label's box touches in a scene, other labels aside. Stops at the first one
 * unless `all` is set. */
function obstaclesHit(
	label: PlacedLabel,
	box: Box,
	scene: Scene,
	laneOf: ReadonlyMap<string, string>,
	all: boolean
): string[] {
	const hits: string[] = [];
	if (!boxInside(box, regionOf(label, scene, laneOf))) {
		hits.push('outside its area');
		if (!all) return hits;
	}
	const padded = inflate(box, 2);
	for (const dot of scene.dots)
		if (boxesOverlap(padded, dot.box)) {
			hits.push(`dot ${dot.id}`);
			if (!all) return hits;
		}
	for (const arrow of scene.arrows)
		if (boxesOverlap(padded, arrow.box)) {
			hits.push(`arrow ${arrow.id}`);
			if (!all) return hits;
		}
	for (const line of scene.lines)
		if (boxesOverlap(padded, line.bounds) && polylineHitsBox(line.points, padded)) {
			hits.push(`line ${line.id}`);
			if (!all) return hits;
		}
	return hits;
}

// ---------------------------------------------------------------------------------------------
// Placement
// ---------------------------------------------------------------------------------------------

/** What the wide placement needs besides the layout: the quotes stages carry. */
export interface WideData {
	quotes: ReadonlyMap<string, StageQuote>;
}

export interface WidePlacement {
	labels: PlacedLabel[];
	/** Labels that could not be placed without touching something, with what they touch. */
	unresolved: { id: string; problems: string[] }[];
}

interface Item {
	base: Base;
	options: Option[];
	/** Options that touch nothing but, perhaps, other labels. */
	free: Option[];
}

/**
 * Places every label of the wide diagram so that it touches nothing at any of `sizes`.
 * Quotes go first (they need the most room), then the stages' names, then the words on flows;
 * within each kind, the label with the fewest free places goes first. A label that finds no
 * free place may move one already placed to another of that one's free places; if that fails,
 * it takes its least bad place and is reported in `unresolved`.
 */
export function placeWideLabels(
	layout: WideLayout,
	data: WideData,
	sizes: readonly Size[] = WIDE_PLACEMENT_SIZES
): WidePlacement {
	const scenes = sizes.map((size) => sceneAt(layout, size));
	const laneOf = new Map(layout.stages.map((s) => [s.stage.id, s.stage.lane]));
	const regions = scenes.map((scene) => regionsOf(scene, laneOf));
	const isFree = (o: Option) => {
		for (let i = 0; i < scenes.length; i++) {
			const region = o.label.kind === 'flow' ? scenes[i]!.chart : regions[i]!.get(o.label.of);
			if (touchesAnything(o.boxes[i]!, region ?? scenes[i]!.chart, scenes[i]!)) return false;
		}
		return true;
	};

	const items: Item[] = [];
	const add = (base: Base, anchor: Point, route?: FlowRoute) => {
		const options = optionsFor(base, anchor, route, scenes);
		items.push({ base, options, free: options.filter(isFree) });
	};
	for (const slot of layout.stages) {
		const quote = data.quotes.get(slot.stage.id);
		if (quote)
			add(
				{
					id: `quote:${slot.stage.id}`,
					kind: 'quote',
					of: slot.stage.id,
					parts: quoteParts(quote)
				},
				slot.at
			);
	}
	for (const slot of layout.stages)
		add(
			{
				id: `stage:${slot.stage.id}`,
				kind: 'stage',
				of: slot.stage.id,
				parts: stageLabelParts(slot.stage)
			},
			slot.at
		);
	for (const route of layout.flows) {
		const parts = flowLabelParts(route.flow);
		if (parts.length)
			add(
				{ id: `flow:${route.flow.id}`, kind: 'flow', of: route.flow.id, parts },
				route.curve.to,
				route
			);
	}
	const kindOrder = { quote: 0, stage: 1, flow: 2 };
	const order = [...items].sort(
		(a, b) => kindOrder[a.base.kind] - kindOrder[b.base.kind] || a.free.length - b.free.length
	);

	const chosen = new Map<Item, Option>();
	const clashes = (option: Option, except?: Item) => {
		for (const [other, o] of chosen) {
			if (other === except) continue;
			for (let i = 0; i < scenes.length; i++)
				if (boxesOverlap(option.boxes[i]!, o.boxes[i]!, LABEL_GAP)) return true;
		}
		return false;
	};
	const firstFree = (item: Item) => item.free.find((o) => !clashes(o));

	for (const item of order) {
		let option = firstFree(item);
		if (!option) option = makeRoom(item, chosen, clashes, firstFree);
		chosen.set(item, option ?? leastBad(item, scenes, laneOf, chosen));
	}

	// In data order, so the markup is stable; with what each touches, if anything.
	const labels = items.map((item) => chosen.get(item)!.label);
	const unresolved: WidePlacement['unresolved'] = [];
	for (const item of items) {
		const option = chosen.get(item)!;
		const problems = new Set<string>();
		scenes.forEach((scene, i) => {
			const at = ` at ${scene.size.width}×${scene.size.height}`;
			for (const hit of obstaclesHit(option.label, option.boxes[i]!, scene, laneOf, true))
				problems.add(hit + at);
			for (const [other, o] of chosen)
				if (other !== item && boxesOverlap(option.boxes[i]!, o.boxes[i]!, LABEL_GAP))
					problems.add(`label ${other.base.id}${at}`);
		});
		if (problems.size) unresolved.push({ id: item.base.id, problems: [...problems] });
	}
	return { labels, unresolved };
}

/** How many labels already placed are tried when making room, and how many of their places. */
const REPAIR = { labels: 12, places: 40, ownPlaces: 40 };

/**
 * Makes room for an item that has no free place left: moves one label already placed, which is
 * in the way of one of the item's own free places, to another of its free places. Bounded, so
 * that the placement stays fast whatever the data.
 */
function makeRoom(
	item: Item,
	chosen: Map<Item, Option>,
	clashes: (option: Option, except?: Item) => boolean,
	firstFree: (item: Item) => Option | undefined
): Option | undefined {
	const own = item.free.slice(0, REPAIR.ownPlaces);
	const inTheWay = [...chosen.keys()]
		.filter((other) =>
			own.some((o) =>
				o.boxes.some((box, i) => boxesOverlap(box, chosen.get(other)!.boxes[i]!, LABEL_GAP))
			)
		)
		.slice(0, REPAIR.labels);
	for (const other of inTheWay) {
		const current = chosen.get(other)!;
		for (const alternative of other.free.slice(0, REPAIR.places)) {
			if (alternative === current || clashes(alternative, other)) continue;
			chosen.set(other, alternative);
			const option = firstFree(item);
			if (option) return option;
			chosen.set(other, current);
		}
	}
	return undefined;
}

/** The option that touches the fewest things, counted over all scenes. */
function leastBad(
	item: Item,
	scenes: readonly Scene[],
	laneOf: ReadonlyMap<string, string>,
	chosen: ReadonlyMap<Item, Option>
): Option {
	let best = item.options[0]!;
	let bestCount = Infinity;
	const placed = [...chosen.values()];
	for (const option of item.options) {
		let count = 0;
		for (let i = 0; i < scenes.length && count < bestCount; i++) {
			if (obstaclesHit(option.label, option.boxes[i]!, scenes[i]!, laneOf, false).length) count++;
			for (const o of placed) if (boxesOverlap(option.boxes[i]!, o.boxes[i]!, LABEL_GAP)) count++;
		}
		if (count < bestCount) {
			best = option;
			bestCount = count;
		}
	}
	return best;
}

// ---------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------

/**
 * Every collision in the wide diagram at one frame size, in words: labels touching each other,
 * dots, arrowheads or lines, or leaving their lane; lanes' names taller than their band; dates
 * touching each other or leaving the frame.
 */
export function wideCollisions(layout: WideLayout, placement: WidePlacement, size: Size): string[] {
	const scene = sceneAt(layout, size);
	const laneOf = new Map(layout.stages.map((s) => [s.stage.id, s.stage.lane]));
	const out: string[] = [];
	const boxes = placement.labels.map((label) => labelBox(label, scene.project(label.anchor)));
	placement.labels.forEach((label, i) => {
		for (const hit of obstaclesHit(label, boxes[i]!, scene, laneOf, true))
			out.push(`${label.id} × ${hit}`);
		for (let j = 0; j < i; j++)
			if (boxesOverlap(boxes[i]!, boxes[j]!, LABEL_GAP))
				out.push(`${label.id} × ${placement.labels[j]!.id}`);
	});
	for (const lane of scene.lanes) {
		const band = scene.bands.get(lane.id)!;
		if (lane.box.y + lane.box.h > band.y + band.h)
			out.push(`lane ${lane.id} × taller than its band`);
	}
	const dates = axisLabelBoxes(layout, size);
	dates.forEach((date, i) => {
		if (i > 0 && boxesOverlap(dates[i - 1]!.box, date.box, 4))
			out.push(`date ${dates[i - 1]!.id} × date ${date.id}`);
		if (date.box.x < 0 || date.box.x + date.box.w > size.width)
			out.push(`date ${date.id} × outside`);
	});
	return out;
}
