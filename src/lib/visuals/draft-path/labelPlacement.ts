/**
 * The search for where the wide draft-path diagram's labels go, and the collision check that
 * proves no label touches another, a dot, an arrowhead or a line, or leaves its lane.
 *
 * Each label is tried at places around its anchor (see placedLabel.ts) and widths; it takes the
 * cheapest place that is free of collisions at all of WIDE_PLACEMENT_SIZES (the corners of the
 * range of sizes the wide orientation is used at); the tests check many sizes in between. The
 * search runs on the server (and in tests); the browser only rebuilds the labels it chose.
 */
import type { WideLayout } from './draftPathLayout';
import { boxInside, boxesOverlap, inflate, polylineHitsBox, type Box } from './geometry';
import { measureParts } from './labelContent';
import { WIDE_PLACEMENT_SIZES } from './metrics';
import {
	labelBases,
	labelBox,
	placeLabel,
	type LabelBase,
	type Place,
	type PlacedLabel
} from './placedLabel';
import type { StageQuote } from './stageQuote';
import { axisLabelBoxes, sceneAt, type Scene, type Size } from './wideFrame';

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

/** Gap kept between two labels. */
const LABEL_GAP = 3;

interface Option {
	label: PlacedLabel;
	cost: number;
	/** The label's box in each scene. */
	boxes: Box[];
	/** Whether it touches nothing but other labels, once checked. */
	free?: boolean;
}

function optionsFor(base: LabelBase, scenes: Scene[]): Option[] {
	const sizes = new Map<number, { w: number; h: number }>();
	const out: Option[] = [];
	const add = (place: Place, maxWidth: number, cost: number, t?: number) => {
		let size = sizes.get(maxWidth);
		if (!size) sizes.set(maxWidth, (size = measureParts(base.parts, maxWidth)));
		const label = placeLabel(base, { id: base.id, place, maxWidth, t }, size);
		out.push({ label, cost, boxes: scenes.map((s) => labelBox(label, s.project(label.anchor))) });
	};
	if (base.route) {
		FLOW_POINTS.forEach((t, i) => {
			for (const [place, cost] of FLOW_PLACES)
				FLOW_WIDTHS.forEach((w, j) => add(place, w, cost + i * 0.3 + j * 0.05, t));
		});
	} else {
		const widths = base.kind === 'quote' ? QUOTE_WIDTHS : STAGE_WIDTHS;
		for (const [place, cost] of STAGE_PLACES)
			widths.forEach((w, j) => add(place, w, cost + j * 0.08));
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
	base: LabelBase;
	options: Option[];
	/** Options that touch nothing but, perhaps, other labels; found lazily, cheapest first. */
	free: Iterable<Option>;
	/** How constrained the label is: free options among its first width at each place. */
	room: number;
}

/** The options of a list that pass a test, found as they are asked for and remembered. */
function lazyFilter<T>(items: readonly T[], test: (item: T) => boolean): Iterable<T> {
	const found: T[] = [];
	let next = 0;
	return {
		*[Symbol.iterator]() {
			for (let i = 0; ; i++) {
				while (i >= found.length && next < items.length) {
					const item = items[next++]!;
					if (test(item)) found.push(item);
				}
				if (i >= found.length) return;
				yield found[i]!;
			}
		}
	};
}

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
	if (count <= 0) return;
	let n = 0;
	for (const item of items) {
		yield item;
		if (++n >= count) return;
	}
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
		if (o.free !== undefined) return o.free;
		o.free = true;
		for (let i = 0; i < scenes.length && o.free; i++) {
			const region = o.label.kind === 'flow' ? scenes[i]!.chart : regions[i]!.get(o.label.of);
			if (touchesAnything(o.boxes[i]!, region ?? scenes[i]!.chart, scenes[i]!)) o.free = false;
		}
		return o.free;
	};

	const items: Item[] = labelBases(layout, data.quotes).map((base) => {
		const options = optionsFor(base, scenes);
		const firstWidth = options[0]?.label.maxWidth;
		const room = options.filter((o) => o.label.maxWidth === firstWidth && isFree(o)).length;
		return { base, options, free: lazyFilter(options, isFree), room };
	});
	const kindOrder = { quote: 0, stage: 1, flow: 2 };
	const order = [...items].sort(
		(a, b) => kindOrder[a.base.kind] - kindOrder[b.base.kind] || a.room - b.room
	);

	const chosen = new Map<Item, Option>();
	const clashes = (option: Option, except?: Item) => {
		for (const [other, o] of chosen) if (other !== except && optionsOverlap(option, o)) return true;
		return false;
	};
	const firstFree = (item: Item) => {
		for (const option of item.free) if (!clashes(option)) return option;
		return undefined;
	};

	for (const item of order) {
		let option = firstFree(item);
		if (!option) option = makeRoom(item, chosen, clashes);
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
 * Makes room for an item that has no free place left: finds one of its free places that only
 * one placed label is in the way of, and moves that label to another of its own free places.
 * Bounded, so that the placement stays fast whatever the data.
 */
function makeRoom(
	item: Item,
	chosen: Map<Item, Option>,
	clashes: (option: Option, except?: Item) => boolean
): Option | undefined {
	const byBlocker = new Map<Item, Option[]>();
	for (const option of take(item.free, REPAIR.ownPlaces)) {
		const blockers = [...chosen].filter(([, o]) => optionsOverlap(option, o)).map(([i]) => i);
		if (blockers.length === 1)
			byBlocker.set(blockers[0]!, [...(byBlocker.get(blockers[0]!) ?? []), option]);
	}
	for (const [blocker, wanted] of [...byBlocker].slice(0, REPAIR.labels)) {
		const current = chosen.get(blocker)!;
		for (const alternative of take(blocker.free, REPAIR.places)) {
			if (alternative === current || clashes(alternative, blocker)) continue;
			const option = wanted.find((o) => !optionsOverlap(o, alternative));
			if (option) {
				chosen.set(blocker, alternative);
				return option;
			}
		}
	}
	return undefined;
}

/** True if two options' labels come closer than LABEL_GAP in any scene. */
function optionsOverlap(a: Option, b: Option): boolean {
	for (let i = 0; i < a.boxes.length; i++)
		if (boxesOverlap(a.boxes[i]!, b.boxes[i]!, LABEL_GAP)) return true;
	return false;
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
