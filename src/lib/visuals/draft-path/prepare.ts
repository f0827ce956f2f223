/**
 * The draft path's build-time preparation: from plain data to the layout the component draws,
 * as plain numbers and strings (positions, paths, label places). Node only: run it in a
 * server load or at build, and pass the result to <DraftPath layout>; nothing here reaches
 * the reader's browser, and the browser searches for nothing.
 *
 * ```ts
 * import { prepareDraftPath } from '@newsroom/scrolly/visuals/draft-path/prepare';
 * export const load = () => ({ layout: prepareDraftPath({ lanes, stages, flows }) });
 * ```
 */
import { measureParts, lineWidth, rowParts } from './labels';
import { curveBox, curvePath, sampleCurve, type Point } from './curve';
import {
	samePoint,
	stagesInOrder,
	wideGeometry,
	X_MARGIN,
	HUB_MIN,
	type Route,
	type WideGeometry
} from './layout';
import {
	NARROW,
	NARROW_TIERS,
	ROW_DOT_OFFSET,
	TYPE,
	WIDE,
	WIDE_TIERS,
	narrowGutter,
	trackX,
	type DraftPathData,
	type DraftPathFlow,
	type DraftPathLayout,
	type Heading,
	type NarrowLayout,
	type WideLayout
} from './model';
import { checkWideLabels, placeLabels, type Placement } from './placement';
import { axisStart, datesTouching, dotsOnNames, headGap, sceneAt } from './scene';
import type { Size } from './scene';

/** The least width and height of a flow's box (FlowLine.box): a straight line's box would have
 * none. In the wide chart's 0–100 units (a unit is 3 to 10 px), and in the strip's pixels. */
const WIDE_MIN_EXTENT = 1;
const NARROW_MIN_EXTENT = 2;

/** Ways to share the chart's height among the lanes, by their stages, whether one carries a
 * quote, and their lines of words; the one whose labels fit best is kept. */
const LANE_WEIGHTS: ((stages: number, quoted: boolean, lines: number) => number)[] = [
	() => 1,
	(n, q) => 1 + 0.2 * Math.max(0, n - 2) + (q ? 0.7 : 0),
	(_n, q, lines) => 1 + 0.1 * lines + (q ? 0.9 : 0)
];

type Candidate = { geometry: WideGeometry; tiers: Placement[]; problems: string[]; score: number };

function candidate(
	data: DraftPathData,
	weigh: (typeof LANE_WEIGHTS)[number],
	endMargin: number
): Candidate {
	const weights = new Map(
		data.lanes.map((lane) => {
			const own = data.stages.filter((s) => s.lane === lane.id);
			const lines = own.reduce((n, s) => n + 2 + (s.claimant || s.denial ? 1 : 0), 0);
			return [
				lane.id,
				weigh(
					own.length,
					own.some((s) => s.quote),
					lines
				)
			];
		})
	);
	// No lane gets less than a sixth of the height (its name and dots need the room), and a
	// hub's lane room for its ports, at the smallest body.
	const chart =
		Math.min(...WIDE_TIERS.map((t) => t.min.height)) - WIDE.axisHeight - WIDE.captionHeight;
	let total = [...weights.values()].reduce((a, b) => a + b, 0);
	for (const [lane, ports] of hubLanes(data)) {
		const needed = ((ports * WIDE.portGap) / 0.9 + 24) * (total / chart);
		if (needed > weights.get(lane)!) total += needed - weights.get(lane)!;
		weights.set(lane, Math.max(weights.get(lane)!, needed));
	}
	const geometry = wideGeometry(data, {
		weight: (id) => Math.max(weights.get(id) ?? 1, total / 6),
		endMargin,
		portGap: WIDE.portGap * (total / chart)
	});
	const tiers = WIDE_TIERS.map((tier) => placeLabels(geometry, data.lanes, tier));
	const sizes: Size[] = WIDE_TIERS.flatMap((t) => [...t.sizes]);
	const problems = [
		...sizes.flatMap((size) => dotsOnNames(sceneAt(geometry, data.lanes, size))),
		...sizes.flatMap((size) => datesTouching(axisRows(geometry), size.width))
	];
	const unresolved = tiers.reduce((n, t) => n + t.trouble, problems.length);
	return {
		geometry,
		tiers,
		problems,
		score: unresolved * 1000 + tiers.reduce((c, t) => c + t.cost, 0)
	};
}

/** Lanes with a hub (see HUB_MIN), and how many ports it needs. */
function hubLanes(data: DraftPathData): Map<string, number> {
	const lanes = new Map<string, number>();
	const date = new Map(data.stages.map((s) => [s.id, s.date]));
	for (const stage of data.stages) {
		const n = data.flows.filter(
			(f) => f.to === stage.id && (date.get(f.from) ?? '') < stage.date
		).length;
		if (n >= HUB_MIN) lanes.set(stage.lane, Math.max(n, lanes.get(stage.lane) ?? 0));
	}
	return lanes;
}

function wide(data: DraftPathData): WideLayout & { problems: string[] } {
	let best: Candidate | undefined;
	search: for (const weigh of LANE_WEIGHTS)
		for (const margin of X_MARGIN.end) {
			const next = candidate(data, weigh, margin);
			if (!best || next.score < best.score) best = next;
			if (best.score < 1000) break search;
		}
	const { geometry, tiers, problems } = best!;
	const fx = (x: number) => (x - geometry.xDomain[0]) / (geometry.xDomain[1] - geometry.xDomain[0]);
	const fy = (y: number) => (y - geometry.yDomain[0]) / (geometry.yDomain[1] - geometry.yDomain[0]);
	const frac = (p: Point) => ({ x: round(fx(p.x)), y: round(fy(p.y)) });
	const toChart = (p: Point) => ({ x: fx(p.x) * 100, y: fy(p.y) * 100 });
	const columns = geometry.columns;
	const ids = [...new Set(tiers.flatMap((t) => t.spots.map((l) => l.id)))];
	return {
		columns: axisRows(geometry),
		breaks: columns
			.map((c, i) =>
				c.breakBefore && i > 0 ? round(fx((c.position + columns[i - 1]!.position) / 2)) : -1
			)
			.filter((x) => x >= 0),
		lanes: geometry.lanes.map((l) => ({
			id: l.id,
			top: round(fy(l.top)),
			bottom: round(fy(l.bottom))
		})),
		stages: geometry.stages.map((s) => ({
			id: s.stage.id,
			...frac(s.at),
			...(s.span && { span: s.span.map((y) => round(fy(y))) as [number, number] })
		})),
		flows: geometry.routes.map((r) => ({
			id: r.flow.id,
			d: curvePath(r.curve, toChart),
			box: curveBox(r.curve, WIDE_MIN_EXTENT, toChart),
			head: { ...frac(r.curve.to), heading: r.heading, gap: headGap(r) },
			reveal: r.reveal
		})),
		labels: ids.map((id) => ({
			id,
			spots: tiers.map((tier) => {
				const spot = tier.spots.find((l) => l.id === id);
				if (!spot) return null;
				const { anchor, id: _, ...rest } = spot;
				return { ...rest, ...frac(anchor) };
			})
		})),
		problems
	};
}

/** The dates above the columns, at the narrowest width: each in the first row where it touches
 * no date before it (the first row holds the marks of breaks, so a date on one starts in the
 * second); if none is free, in the row whose last date ends first. Each is centred on its
 * column, but kept in the frame. */
function axisRows(geometry: WideGeometry): WideLayout['columns'] {
	const width = Math.min(...WIDE_TIERS.map((t) => t.min.width));
	const [x0, x1] = geometry.xDomain;
	const ends: number[] = Array.from({ length: WIDE.axisRows }, () => -Infinity);
	const at = (position: number) => ((position - x0) / (x1 - x0)) * width;
	// The marks of breaks in the axis sit in its first row.
	const breaks = geometry.columns.flatMap((c, i) =>
		c.breakBefore && i > 0 ? [at((c.position + geometry.columns[i - 1]!.position) / 2)] : []
	);
	return geometry.columns.map((c) => {
		const x = (c.position - x0) / (x1 - x0);
		const w = Math.ceil(lineWidth(c.label, TYPE.axis));
		const start = axisStart(x, w, width);
		const onBreak = breaks.some((b) => b > start - 12 && b < start + w + 12);
		const rows = ends.map((end, row) => ({ end, row })).slice(onBreak ? 1 : 0);
		const { row } =
			rows.find((r) => start >= r.end + 8) ?? rows.reduce((a, b) => (b.end < a.end ? b : a));
		ends[row] = start + w;
		return { label: c.label, x: round(x), row, w };
	});
}

/**
 * A flow in the narrow gutter (pixels): straight down a track, or from track to track as an
 * S-curve; if that would pass another dot, as an elbow (down the source's track then across,
 * or across then down the target's), whichever passes none.
 */
function narrowRoute(flow: DraftPathFlow, from: Point, to: Point, dots: Point[]): Route {
	const vertical: Heading = to.y > from.y ? 'down' : 'up';
	const across: Heading = to.x > from.x ? 'right' : 'left';
	const line = {
		flow,
		curve: { type: 'line' as const, from, to },
		heading: vertical,
		reveal: vertical
	};
	if (from.x === to.x) return line;
	const cubic = (c1: Point, c2: Point, heading: Heading, reveal: Heading): Route => ({
		flow,
		curve: { type: 'cubic', from, c1, c2, to },
		heading,
		reveal
	});
	const mid = (from.y + to.y) / 2;
	const options = [
		cubic({ x: from.x, y: mid }, { x: to.x, y: mid }, vertical, vertical),
		cubic({ x: from.x, y: to.y }, { x: from.x, y: to.y }, across, vertical),
		cubic({ x: to.x, y: from.y }, { x: to.x, y: from.y }, vertical, across)
	];
	const others = dots.filter((d) => !samePoint(d, from) && !samePoint(d, to));
	const crossings = (route: Route) => {
		const points = sampleCurve(route.curve, 64);
		return others.filter((d) =>
			points.some((p) => Math.abs(p.x - d.x) < 5 && Math.abs(p.y - d.y) < 12)
		).length;
	};
	return options.reduce((best, option) => (crossings(option) < crossings(best) ? option : best));
}

function narrow(data: DraftPathData, frameWidth: number): NarrowLayout {
	const textWidth = frameWidth - narrowGutter(data.lanes.length);
	const byId = new Map(data.stages.map((s) => [s.id, s]));
	// One row per stage, in date order, as tall as its words at this width.
	let height = 0;
	const rows = stagesInOrder(data.stages).flatMap((stage) => {
		const track = data.lanes.findIndex((l) => l.id === stage.lane);
		if (track < 0) return [];
		const outgoing = data.flows
			.filter((f) => f.from === stage.id)
			.map((flow) => ({ flow, to: byId.get(flow.to) }));
		const h = measureParts(rowParts(stage, data.lanes, outgoing), textWidth).h + NARROW.rowGap;
		height += h;
		return [{ id: stage.id, top: height - h, height: h, track }];
	});
	const at = new Map(rows.map((r) => [r.id, { x: trackX(r.track), y: r.top + ROW_DOT_OFFSET }]));
	const flows = data.flows.flatMap((flow) => {
		const [from, to] = [at.get(flow.from), at.get(flow.to)];
		if (!from || !to || from.y === to.y) return [];
		const route = narrowRoute(flow, from, to, [...at.values()]);
		return [
			{
				id: flow.id,
				d: curvePath(route.curve),
				box: curveBox(route.curve, NARROW_MIN_EXTENT),
				head: { ...to, heading: route.heading, gap: NARROW.dotRadius * 1.3 + 1 },
				reveal: route.reveal
			}
		];
	});
	return { rows, flows, height };
}

const round = (v: number) => Math.round(v * 10000) / 10000;

/** A short name for the data: a hash of everything the layout depends on. */
export function dataKey(data: DraftPathData): string {
	const text = JSON.stringify([data.lanes, stagesInOrder(data.stages), data.flows]);
	let hash = 5381;
	for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) + text.charCodeAt(i)) | 0;
	return `${(hash >>> 0).toString(36)}-${text.length.toString(36)}`;
}

/** The draft path's layout for this data: both orientations, every label placed. */
export function prepareDraftPath(data: DraftPathData): DraftPathLayout {
	const { problems, ...wideLayout } = wide(data);
	// What the labels touch, checked on the finished layout as the component draws it.
	const labels = WIDE_TIERS.flatMap((_, t) =>
		checkWideLabels(data, wideLayout, t).map((p) => `tier ${t}: ${p}`)
	);
	return {
		key: dataKey(data),
		wide: wideLayout,
		narrow: NARROW_TIERS.map((tier) => narrow(data, tier.width)),
		unresolved: [...labels, ...problems]
	};
}
