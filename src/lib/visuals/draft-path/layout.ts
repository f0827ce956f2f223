/**
 * Where the draft path puts lanes, stages and flows: pure and deterministic, run once at build
 * time by prepare.ts (never in the reader's browser).
 *
 * - Wide: lanes are horizontal bands; time runs left to right in columns, one per date (not to
 *   scale: a long wait is drawn as a break). Coordinates are "domain" units: x in columns, y in
 *   lane weights; prepare.ts turns them into fractions of the chart.
 * - Narrow: lanes are vertical tracks at the left, one row per stage, time runs downwards;
 *   coordinates are pixels.
 */
import type { DraftPathData, DraftPathFlow, DraftPathStage, Heading } from './model';
import { stageDate } from './labels';
import { sampleCurve, type Curve, type Point } from './curve';

export interface Route {
	flow: DraftPathFlow;
	curve: Curve;
	/** Direction of travel at the target (the arrowhead), and in which the line is revealed. */
	heading: Heading;
	reveal: Heading;
	/** It ends at a port of a hub, not at a dot's centre. */
	toHub?: boolean;
}

/** Stages in the order the diagram and its text tell them: by date, then as listed. */
export function stagesInOrder<S extends Pick<DraftPathStage, 'date'>>(stages: readonly S[]): S[] {
	return stages
		.map((stage, i) => ({ stage, i }))
		.sort((a, b) =>
			a.stage.date < b.stage.date ? -1 : a.stage.date > b.stage.date ? 1 : a.i - b.i
		)
		.map(({ stage }) => stage);
}

// --- Wide ------------------------------------------------------------------------------------

/** A longer wait than this between two columns is drawn as a break, which takes extra room. */
export const BREAK_DAYS = 14;
const BREAK_SPACE = 0.6;
/** Room at the ends of the time axis, in columns (the labels of the last column need some). */
export const X_MARGIN = { start: 0.45, end: [0.6, 1.2] } as const;

export interface Column {
	key: string;
	label: string;
	position: number;
	breakBefore: boolean;
}

const days = (a: string, b: string) =>
	(Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000;
const columnKey = (s: Pick<DraftPathStage, 'date' | 'end' | 'dateLabel'>) =>
	`${s.date}/${s.end ?? ''}/${s.dateLabel ?? ''}`;

export function columnsOf(stages: readonly DraftPathStage[]): Column[] {
	const columns: Column[] = [];
	let previousEnd: string | undefined;
	for (const stage of stagesInOrder(stages)) {
		const key = columnKey(stage);
		if (columns.some((c) => c.key === key)) continue;
		const breakBefore = previousEnd !== undefined && days(previousEnd, stage.date) > BREAK_DAYS;
		const last = columns.at(-1);
		const position = last ? last.position + 1 + (breakBefore ? BREAK_SPACE : 0) : 0;
		columns.push({ key, label: stageDate(stage), position, breakBefore });
		if (!previousEnd || (stage.end ?? stage.date) > previousEnd)
			previousEnd = stage.end ?? stage.date;
	}
	return columns;
}

export interface WideGeometry {
	columns: Column[];
	/** Each lane's band, in lane weights from the top. */
	lanes: { id: string; top: number; bottom: number }[];
	/** Each stage's dot; a hub's also spans `span` (its top and bottom). */
	stages: { stage: DraftPathStage; lane: number; at: Point; span?: [number, number] }[];
	routes: Route[];
	xDomain: [number, number];
	yDomain: [number, number];
}

/** Where a stage's dot sits in its band, from its top (0) to its bottom (1). */
export const DOT_LEVEL = 0.55;

/** A stage that this many flows reach from earlier columns is drawn as a hub: a bar, each flow
 * arriving at a port of its own along its left side, so the accounts sit side by side. */
export const HUB_MIN = 3;

/**
 * The wide diagram in domain units. `weight` gives each lane's height relative to the others
 * (a lane with more to label gets more room); `portGap` is the distance between two ports of
 * a hub, in lane weights.
 */
export function wideGeometry(
	data: DraftPathData,
	options: { weight: (lane: string) => number; endMargin?: number; portGap: number }
): WideGeometry {
	const columns = columnsOf(data.stages);
	let top = 0;
	const lanes = data.lanes.map((lane) => {
		const slot = { id: lane.id, top, bottom: top + options.weight(lane.id) };
		top = slot.bottom;
		return slot;
	});
	const stages: WideGeometry['stages'] = [];
	for (const stage of stagesInOrder(data.stages)) {
		const lane = lanes.findIndex((l) => l.id === stage.lane);
		const column = columns.find((c) => c.key === columnKey(stage));
		if (lane < 0 || !column) continue;
		const band = lanes[lane]!;
		const at = { x: column.position, y: band.top + (band.bottom - band.top) * DOT_LEVEL };
		stages.push({ stage, lane, at });
	}
	const at = new Map(stages.map((s) => [s.stage.id, s.at]));
	const ports = hubPorts(data, stages, at, options.portGap);
	const taken = new Map<string, Set<Heading>>();
	const routes: Route[] = [];
	for (const flow of data.flows) {
		const from = at.get(flow.from);
		const to = ports.get(flow.id) ?? at.get(flow.to);
		if (!from || !to || samePoint(from, to)) continue;
		const arrivals = taken.get(flow.to) ?? new Set<Heading>();
		const toHub = ports.has(flow.id);
		const route = { ...wideRoute(flow, from, to, [...at.values()], arrivals, toHub), toHub };
		arrivals.add(route.heading);
		taken.set(flow.to, arrivals);
		routes.push(route);
	}
	const last = columns.at(-1)?.position ?? 0;
	return {
		columns,
		lanes,
		stages,
		routes,
		xDomain: [-X_MARGIN.start, last + (options.endMargin ?? X_MARGIN.end[0])],
		yDomain: [0, Math.max(1, top)]
	};
}

/**
 * The ports of each hub, by flow id; and each hub's span, set on its stage. From the top:
 * flows from above, the nearest first (so that no two cross), then those from the hub's own
 * lane, then those from below, the farthest first.
 */
function hubPorts(
	data: DraftPathData,
	stages: WideGeometry['stages'],
	at: ReadonlyMap<string, Point>,
	gap: number
): Map<string, Point> {
	const ports = new Map<string, Point>();
	for (const hub of stages) {
		const incoming = data.flows
			.map((flow) => ({ flow, from: at.get(flow.from)! }))
			.filter(({ flow, from }) => flow.to === hub.stage.id && from && from.x < hub.at.x);
		if (incoming.length < HUB_MIN) continue;
		const side = (p: Point) => Math.sign(p.y - hub.at.y);
		incoming.sort(
			(a, b) => side(a.from) - side(b.from) || (b.from.x - a.from.x) * (-side(a.from) || 1)
		);
		// Flows from the hub's own lane arrive on its line (straight, if there is one); those from
		// above, above it; those from below, below it.
		const above = incoming.filter((f) => side(f.from) < 0).length;
		const level = incoming.filter((f) => side(f.from) === 0).length;
		const first = hub.at.y - (above + (level - 1) / 2) * gap;
		incoming.forEach(({ flow }, i) => ports.set(flow.id, { x: hub.at.x, y: first + i * gap }));
		hub.span = [first - gap / 2, first + (incoming.length - 0.5) * gap];
	}
	return ports;
}

/** How far around a dot a line should keep clear, in domain units; and the room beside a
 * dot where its label goes best, which a line should rather not cross. */
const DOT_CLEARANCE = { x: 0.25, y: 0.15 };
const LABEL_ROOM = { x: 1.6, y: 0.18 };

/**
 * A flow runs straight within a lane or a column. Across both, it takes the curve that passes
 * the fewest other dots and crosses the fewest places where their labels go best: an elbow
 * that leaves vertically and arrives horizontally, an S-curve, or an elbow that leaves
 * horizontally and arrives vertically. Flows into one stage arrive from different sides where
 * they can, so that their arrowheads do not sit on each other.
 */
function wideRoute(
	flow: DraftPathFlow,
	from: Point,
	to: Point,
	dots: readonly Point[],
	arrivals: ReadonlySet<Heading>,
	toPort = false
): Route {
	const across: Heading = to.x > from.x ? 'right' : 'left';
	const vertical: Heading = to.y > from.y ? 'down' : 'up';
	if (from.x === to.x || from.y === to.y) {
		const heading = from.x === to.x ? vertical : across;
		const between = dots.filter((d) =>
			from.y === to.y
				? d.y === from.y && (d.x - from.x) * (d.x - to.x) < 0
				: d.x === from.x && (d.y - from.y) * (d.y - to.y) < 0
		);
		if (!between.length)
			return { flow, curve: { type: 'line', from, to }, heading, reveal: heading };
		// Another dot in the way: bow out to pass it (below a row of dots, right of a column).
		const bow = (p: Point, t: number) =>
			from.y === to.y
				? { x: from.x + (to.x - from.x) * t, y: p.y + 0.35 }
				: { x: p.x + 0.35, y: from.y + (to.y - from.y) * t };
		const curve: Curve = { type: 'cubic', from, c1: bow(from, 0.15), c2: bow(to, 0.85), to };
		return { flow, curve, heading, reveal: heading };
	}
	const [dx, dy, mid] = [to.x - from.x, to.y - from.y, (from.x + to.x) / 2];
	const cubic = (c1: Point, c2: Point, heading: Heading, reveal: Heading) =>
		({ flow, curve: { type: 'cubic', from, c1, c2, to }, heading, reveal }) as Route;
	// In order of preference, which breaks ties.
	const options = [
		cubic(
			{ x: from.x, y: from.y + dy * 0.95 },
			{ x: from.x + dx * 0.05, y: to.y },
			across,
			vertical
		),
		cubic({ x: mid, y: from.y }, { x: mid, y: to.y }, across, across),
		cubic(
			{ x: from.x + dx * 0.95, y: from.y },
			{ x: to.x, y: from.y + dy * 0.05 },
			vertical,
			across
		)
	];
	const others = dots.filter((d) => !samePoint(d, from) && !samePoint(d, to));
	const cost = (option: Route, preference: number) => {
		const points = sampleCurve(option.curve, 48);
		const near = (d: Point, x0: number, x1: number, y: number) =>
			points.some((p) => p.x - d.x > x0 && p.x - d.x < x1 && Math.abs(p.y - d.y) < y);
		const crossed = others.filter((d) =>
			near(d, -DOT_CLEARANCE.x, DOT_CLEARANCE.x, DOT_CLEARANCE.y)
		);
		const inLabelRoom = others.filter((d) => near(d, 0, LABEL_ROOM.x, LABEL_ROOM.y));
		const shared = arrivals.has(option.heading) ? 4 : 0;
		return crossed.length * 10 + inLabelRoom.length * 3 + shared + preference * 0.3;
	};
	// Into a hub's port, a flow arrives horizontally: the elbow, or from its own lane the S-curve.
	const allowed = toPort ? options.slice(0, 2) : options;
	const costs = allowed.map(cost);
	return allowed[costs.indexOf(Math.min(...costs))]!;
}

export const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;
