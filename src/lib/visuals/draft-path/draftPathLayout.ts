/**
 * Where the draft-path diagram puts lanes, stages and flows: a pure, deterministic function of the
 * data, so the server draws the same picture the browser does and nothing moves on hydration.
 *
 * Two orientations:
 * - wide: lanes are horizontal bands, time runs left to right in columns (one per date);
 * - narrow: lanes are vertical tracks at the left, one row per stage, time runs downwards.
 *
 * Coordinates here are in "domain" units (column positions, lane indices, or pixels down the
 * narrow strip). LayerCake's scales map them to percentages of the frame (percentRange), so
 * the SVG and the HTML layers are right at any size; labelPlacement.ts maps them to pixels to
 * check that no two labels collide.
 */
import type { Flow, Lane, Stage } from '../../story/schema';
import { stageDateLabel } from './labelText';

/** The data the diagram draws. */
export interface DraftPathData {
	lanes: readonly Lane[];
	stages: readonly Stage[];
	flows: readonly Flow[];
}

export interface Point {
	x: number;
	y: number;
}

/** A straight line or a cubic Bézier curve, in domain units. */
export type Curve =
	| { type: 'line'; from: Point; to: Point }
	| { type: 'cubic'; from: Point; c1: Point; c2: Point; to: Point };

/** Which way a flow travels where it arrives (where its arrowhead points). */
export type Heading = 'right' | 'left' | 'down' | 'up';

export interface FlowRoute {
	flow: Flow;
	curve: Curve;
	/** Direction of travel at the target, for the arrowhead. */
	heading: Heading;
	/** Direction in which the line is revealed when it is drawn. */
	reveal: Heading;
}

/** Stages in the order the diagram and its text tell them: by date, then as listed. */
export function stagesInOrder<S extends Pick<Stage, 'date'>>(stages: readonly S[]): S[] {
	return (
		stages
			.map((stage, i) => ({ stage, i }))
			// ISO dates sort as plain strings (localeCompare would be slower and no more right).
			.sort((a, b) =>
				a.stage.date < b.stage.date ? -1 : a.stage.date > b.stage.date ? 1 : a.i - b.i
			)
			.map(({ stage }) => stage)
	);
}

// ---------------------------------------------------------------------------------------------
// Wide: lanes as bands, dates as columns
// ---------------------------------------------------------------------------------------------

/** A column of the wide diagram: every stage with the same dates shares one. */
export interface Column {
	key: string;
	label: string;
	/** Position along the time axis, in column units (not to scale: see breakBefore). */
	position: number;
	/** More than BREAK_DAYS passed since the previous column: the axis shows a break. */
	breakBefore: boolean;
}

/** A longer wait than this between two columns is drawn as a break in the axis. */
export const BREAK_DAYS = 14;
/** The extra space a break takes, in column units. */
const BREAK_SPACE = 0.45;

function days(a: string, b: string): number {
	return (Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000;
}

function columnKey(stage: Pick<Stage, 'date' | 'end' | 'dateLabel'>): string {
	return `${stage.date}/${stage.end ?? ''}/${stage.dateLabel ?? ''}`;
}

export function columnsOf(stages: readonly Stage[]): Column[] {
	const columns: Column[] = [];
	let previousEnd: string | undefined;
	for (const stage of stagesInOrder(stages)) {
		const key = columnKey(stage);
		if (columns.some((c) => c.key === key)) continue;
		const breakBefore = previousEnd !== undefined && days(previousEnd, stage.date) > BREAK_DAYS;
		const last = columns.at(-1);
		const position = last ? last.position + 1 + (breakBefore ? BREAK_SPACE : 0) : 0;
		columns.push({ key, label: stageDateLabel(stage), position, breakBefore });
		previousEnd = stage.end ?? stage.date;
	}
	return columns;
}

export interface LaneSlot {
	lane: Lane;
	index: number;
	/** Top, centre and bottom of the lane's band, in domain units. */
	top: number;
	center: number;
	bottom: number;
}

export interface StageSlot {
	stage: Stage;
	lane: number;
	column: number;
	/** Position in domain units: x = column position, y = lane index. */
	at: Point;
}

export interface WideLayout {
	columns: Column[];
	lanes: LaneSlot[];
	stages: StageSlot[];
	flows: FlowRoute[];
	/** LayerCake's xDomain: the time axis with a margin at both ends. */
	xDomain: [number, number];
	/** LayerCake's yDomain: the lanes' bands, one after the other. */
	yDomain: [number, number];
}

/**
 * How tall each lane's band is, relative to the others: a lane with more stages gets more room
 * for their labels, and a lane whose stage carries a quote more still.
 */
export function laneWeights(
	data: Pick<DraftPathData, 'lanes' | 'stages'>,
	quoted: ReadonlySet<string> = new Set()
): (lane: Lane) => number {
	return (lane) => {
		const stages = data.stages.filter((s) => s.lane === lane.id);
		const crowd = 0.2 * Math.max(0, stages.length - 2);
		const quote = stages.some((s) => quoted.has(s.id)) ? 0.7 : 0;
		return 1 + crowd + quote;
	};
}

export interface WideOptions {
	/** Height of a lane's band relative to the others (default 1). */
	laneWeight?: (lane: Lane) => number;
}

/** Margin at the ends of the time axis, in column units: the last column's labels need room. */
const X_MARGIN = { start: 0.55, end: 1.3 };

export function wideLayout(data: DraftPathData, options: WideOptions = {}): WideLayout {
	const columns = columnsOf(data.stages);
	let top = 0;
	const lanes = data.lanes.map((lane, index) => {
		const weight = options.laneWeight?.(lane) ?? 1;
		const slot = { lane, index, top, center: top + weight / 2, bottom: top + weight };
		top += weight;
		return slot;
	});
	const stages: StageSlot[] = [];
	for (const stage of stagesInOrder(data.stages)) {
		const lane = data.lanes.findIndex((l) => l.id === stage.lane);
		const column = columns.findIndex((c) => c.key === columnKey(stage));
		if (lane < 0 || column < 0) continue;
		const at = { x: columns[column]!.position, y: lanes[lane]!.center };
		stages.push({ stage, lane, column, at });
	}
	const at = new Map(stages.map((s) => [s.stage.id, s.at]));
	const flows: FlowRoute[] = [];
	for (const flow of data.flows) {
		const from = at.get(flow.from);
		const to = at.get(flow.to);
		if (from && to && !samePoint(from, to)) flows.push(wideRoute(flow, from, to, [...at.values()]));
	}
	const last = columns.at(-1)?.position ?? 0;
	return {
		columns,
		lanes,
		stages,
		flows,
		xDomain: [-X_MARGIN.start, last + X_MARGIN.end],
		yDomain: [0, Math.max(1, top)]
	};
}

/** How far around a dot a line should keep clear, in domain units (columns, lane weights). */
const DOT_CLEARANCE = { x: 0.2, y: 0.12 };
/** The room right of a dot where its label goes best; a line should rather not cross it. */
const LABEL_ROOM = { x: 1.8, y: 0.2 };

/**
 * A flow runs straight within a lane or a column. Across lanes and columns it takes the curve
 * that passes the fewest other dots and crosses the fewest places where their labels go best
 * (just right of them): preferably an elbow that leaves vertically and arrives
 * horizontally (which keeps the room right of the source free for its label), else an S-curve
 * (out and in horizontally), else an elbow that leaves horizontally and arrives vertically.
 */
function wideRoute(flow: Flow, from: Point, to: Point, dots: readonly Point[]): FlowRoute {
	if (from.x === to.x) {
		const heading = to.y > from.y ? 'down' : 'up';
		return { flow, curve: { type: 'line', from, to }, heading, reveal: heading };
	}
	const across: Heading = to.x > from.x ? 'right' : 'left';
	if (from.y === to.y)
		return { flow, curve: { type: 'line', from, to }, heading: across, reveal: across };
	const vertical: Heading = to.y > from.y ? 'down' : 'up';
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const mid = (from.x + to.x) / 2;
	const options: { route: FlowRoute; preference: number }[] = [
		{
			route: {
				flow,
				curve: { type: 'cubic', from, c1: { x: mid, y: from.y }, c2: { x: mid, y: to.y }, to },
				heading: across,
				reveal: across
			},
			preference: 0.4
		},
		{
			route: {
				flow,
				curve: {
					type: 'cubic',
					from,
					c1: { x: from.x, y: from.y + dy * 0.95 },
					c2: { x: from.x + dx * 0.05, y: to.y },
					to
				},
				heading: across,
				reveal: vertical
			},
			preference: 0
		},
		{
			route: {
				flow,
				curve: {
					type: 'cubic',
					from,
					c1: { x: from.x + dx * 0.95, y: from.y },
					c2: { x: to.x, y: from.y + dy * 0.05 },
					to
				},
				heading: vertical,
				reveal: across
			},
			preference: 0.6
		}
	];
	const others = dots.filter((d) => !samePoint(d, from) && !samePoint(d, to));
	let best = options[0]!;
	let bestCost = Infinity;
	for (const option of options) {
		const points = sampleCurve(option.route.curve, 48);
		const near = (d: Point, dx0: number, dx1: number, dy: number) =>
			points.some((p) => p.x - d.x > dx0 && p.x - d.x < dx1 && Math.abs(p.y - d.y) < dy);
		const crossed = others.filter((d) =>
			near(d, -DOT_CLEARANCE.x, DOT_CLEARANCE.x, DOT_CLEARANCE.y)
		);
		const inLabelRoom = others.filter((d) => near(d, 0, LABEL_ROOM.x, LABEL_ROOM.y));
		const cost = crossed.length * 10 + inLabelRoom.length * 3 + option.preference;
		if (cost < bestCost) {
			best = option;
			bestCost = cost;
		}
	}
	return best.route;
}

function samePoint(a: Point, b: Point): boolean {
	return a.x === b.x && a.y === b.y;
}

// ---------------------------------------------------------------------------------------------
// Narrow: lanes as tracks, one row per stage
// ---------------------------------------------------------------------------------------------

export interface NarrowRow {
	stage: Stage;
	lane: number;
	/** Top of the row, in pixels from the top of the rows. */
	top: number;
	height: number;
	/** Where the stage's dot sits: x = lane index, y = pixels from the top of the rows. */
	at: Point;
}

/** A lane of the narrow diagram: a vertical track. */
export interface Track {
	lane: Lane;
	index: number;
}

export interface NarrowLayout {
	tracks: Track[];
	rows: NarrowRow[];
	flows: FlowRoute[];
	/** Height of all rows, in pixels. */
	height: number;
	xDomain: [number, number];
	yDomain: [number, number];
}

/**
 * Rows top to bottom. `rowHeight` says how tall each stage's row must be (it depends on the
 * text; see labelPlacement.ts); `dotOffset` how far below the row's top the dot sits.
 */
export function narrowLayout(
	data: DraftPathData,
	rowHeight: (stage: Stage) => number,
	dotOffset: number
): NarrowLayout {
	const tracks = data.lanes.map((lane, index) => ({ lane, index }));
	const rows: NarrowRow[] = [];
	let top = 0;
	for (const stage of stagesInOrder(data.stages)) {
		const lane = data.lanes.findIndex((l) => l.id === stage.lane);
		if (lane < 0) continue;
		const height = rowHeight(stage);
		rows.push({ stage, lane, top, height, at: { x: lane, y: top + dotOffset } });
		top += height;
	}
	const at = new Map(rows.map((r) => [r.stage.id, r.at]));
	const flows: FlowRoute[] = [];
	for (const flow of data.flows) {
		const from = at.get(flow.from);
		const to = at.get(flow.to);
		if (from && to && from.y !== to.y) flows.push(narrowRoute(flow, from, to, [...at.values()]));
	}
	return {
		tracks,
		rows,
		flows,
		height: top,
		xDomain: [-0.5, Math.max(1, data.lanes.length) - 0.5],
		yDomain: [0, Math.max(1, top)]
	};
}

/** How far from a dot a line should keep, in the narrow diagram: tracks, and pixels. */
const TRACK_CLEARANCE = { x: 0.3, y: 12 };

/**
 * Flows run straight down a track, or from track to track: preferably as an S-curve (out and
 * in vertically); if that would pass another dot, as an elbow (down the source's track, then
 * across to the target; or across first, then down the target's track), whichever passes none.
 */
function narrowRoute(flow: Flow, from: Point, to: Point, dots: readonly Point[]): FlowRoute {
	const vertical: Heading = to.y > from.y ? 'down' : 'up';
	if (from.x === to.x)
		return { flow, curve: { type: 'line', from, to }, heading: vertical, reveal: vertical };
	const across: Heading = to.x > from.x ? 'right' : 'left';
	const mid = (from.y + to.y) / 2;
	const options: FlowRoute[] = [
		{
			flow,
			curve: { type: 'cubic', from, c1: { x: from.x, y: mid }, c2: { x: to.x, y: mid }, to },
			heading: vertical,
			reveal: vertical
		},
		{
			flow,
			curve: { type: 'cubic', from, c1: { x: from.x, y: to.y }, c2: { x: from.x, y: to.y }, to },
			heading: across,
			reveal: vertical
		},
		{
			flow,
			curve: { type: 'cubic', from, c1: { x: to.x, y: from.y }, c2: { x: to.x, y: from.y }, to },
			heading: vertical,
			reveal: across
		}
	];
	const others = dots.filter((d) => !samePoint(d, from) && !samePoint(d, to));
	const crossings = (route: FlowRoute) => {
		const points = sampleCurve(route.curve, 64);
		return others.filter((d) =>
			points.some(
				(p) => Math.abs(p.x - d.x) < TRACK_CLEARANCE.x && Math.abs(p.y - d.y) < TRACK_CLEARANCE.y
			)
		).length;
	};
	let best = options[0]!;
	let fewest = crossings(best);
	for (const option of options.slice(1)) {
		if (fewest === 0) break;
		const count = crossings(option);
		if (count < fewest) {
			best = option;
			fewest = count;
		}
	}
	return best;
}

// ---------------------------------------------------------------------------------------------
// Curves
// ---------------------------------------------------------------------------------------------

type Scale = (value: number) => number;

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The SVG path of a curve, its points mapped through the x and y scales. */
export function curvePath(curve: Curve, x: Scale, y: Scale): string {
	const p = (pt: Point) => `${round(x(pt.x))},${round(y(pt.y))}`;
	return curve.type === 'line'
		? `M${p(curve.from)}L${p(curve.to)}`
		: `M${p(curve.from)}C${p(curve.c1)} ${p(curve.c2)} ${p(curve.to)}`;
}

/** The point at t (0–1) along a curve. */
export function pointOnCurve(curve: Curve, t: number): Point {
	if (curve.type === 'line')
		return {
			x: curve.from.x + (curve.to.x - curve.from.x) * t,
			y: curve.from.y + (curve.to.y - curve.from.y) * t
		};
	const u = 1 - t;
	const a = u * u * u,
		b = 3 * u * u * t,
		c = 3 * u * t * t,
		d = t * t * t;
	return {
		x: a * curve.from.x + b * curve.c1.x + c * curve.c2.x + d * curve.to.x,
		y: a * curve.from.y + b * curve.c1.y + c * curve.c2.y + d * curve.to.y
	};
}

/** The curve as a polyline of n segments, e.g. to test it against label boxes. */
export function sampleCurve(curve: Curve, n = 24): Point[] {
	if (curve.type === 'line') return [curve.from, curve.to];
	return Array.from({ length: n + 1 }, (_, i) => pointOnCurve(curve, i / n));
}
