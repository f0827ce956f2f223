/**
 * The wide diagram in pixels at one size of its body: the chart, each lane's band, and what a
 * label must keep clear of (lanes' names, dots, arrowheads) or should (lines). The geometry the
 * label search (placement.ts) and the layout's own checks (prepare.ts) work on; build time only.
 */
import { sampleCurve, type Point, type Route, type WideGeometry } from './layout';
import { labelParts, lineWidth, measureParts } from './labels';
import type { DraftPathData, DraftPathLane, Heading, WideLayout } from './model';
import { TYPE, WIDE, WIDE_TIERS } from './model';

export interface Size {
	width: number;
	height: number;
}
/** An axis-aligned box in pixels: top-left corner, width, height. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** True if the boxes overlap, or come closer than `gap` pixels. */
export const boxesOverlap = (a: Box, b: Box, gap = 0) =>
	a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
export const grow = (b: Box, by: number): Box => ({
	x: b.x - by,
	y: b.y - by,
	w: b.w + 2 * by,
	h: b.h + 2 * by
});
export const inside = (b: Box, r: Box) =>
	b.x >= r.x - 0.5 &&
	b.y >= r.y - 0.5 &&
	b.x + b.w <= r.x + r.w + 0.5 &&
	b.y + b.h <= r.y + r.h + 0.5;

/** True if the segment p–q crosses or touches the box (Liang–Barsky clipping). */
function segmentHitsBox(p: Point, q: Point, box: Box): boolean {
	let [t0, t1] = [0, 1];
	const [dx, dy] = [q.x - p.x, q.y - p.y];
	const edges = [
		[-dx, p.x - box.x],
		[dx, box.x + box.w - p.x],
		[-dy, p.y - box.y],
		[dy, box.y + box.h - p.y]
	];
	for (const [num, dist] of edges as [number, number][]) {
		if (num === 0) {
			if (dist < 0) return false;
		} else if (num < 0) t0 = Math.max(t0, dist / num);
		else t1 = Math.min(t1, dist / num);
		if (t0 > t1) return false;
	}
	return true;
}

// --- The scene at one size ---------------------------------------------------------------------

export const LIT_RADIUS = WIDE.dotRadius * WIDE.litScale;
/** Gap kept between a label and anything it must not touch, and between two labels. */
export const CLEARANCE = 2;
export const LABEL_GAP = 3;

export interface Scene {
	size: Size;
	/** Domain units to pixels of the body. */
	project: (p: Point) => Point;
	chart: Box;
	bands: Box[];
	/** What no label may touch: lanes' names, dots and arrowheads. */
	obstacles: { id: string; box: Box }[];
	lines: { id: string; points: Point[]; bounds: Box }[];
}

/** A lane's name (and who is there) at the top left of its band, on one line. */
export function laneNameBox(lane: Pick<DraftPathLane, 'label' | 'description'>, band: Box): Box {
	const note = lane.description ? 6 + lineWidth(lane.description, TYPE.laneNote) : 0;
	return { x: band.x + 2, y: band.y + 4, w: lineWidth(lane.label, TYPE.laneName) + note, h: 16 };
}

/** How far before a flow's end its arrowhead's tip stops: at the edge of a dot, or a hub. */
export const headGap = (route: Route) => (route.toHub ? WIDE.hubHalfWidth + 2 : LIT_RADIUS + 1);

/** The box of an arrowhead whose flow ends at `to`, its tip `gap` pixels before that. */
function arrowBox(heading: Heading, gap: number, to: Point): Box {
	const [back, half] = [gap + WIDE.arrowLength, 6];
	const along = { right: [-back, -half, back, 2 * half], left: [0, -half, back, 2 * half] };
	const across = { down: [-half, -back, 2 * half, back], up: [-half, 0, 2 * half, back] };
	const [x, y, w, h] = { ...along, ...across }[heading];
	return { x: to.x + x!, y: to.y + y!, w: w!, h: h! };
}

/** A stage's dot (or a hub's bar, from `top` to `bottom`), as large as it gets when lit. */
function dotBox(at: Point, span?: [number, number]): Box {
	if (!span) return grow({ x: at.x, y: at.y, w: 0, h: 0 }, LIT_RADIUS + 1);
	const w = WIDE.hubHalfWidth + 2;
	return { x: at.x - w, y: span[0] - 2, w: 2 * w, h: span[1] - span[0] + 4 };
}

/** The lanes' area of the chart, below the dates and above the caption, in a body this size. */
const chartBox = (size: Size): Box => ({
	x: 0,
	y: WIDE.axisHeight,
	w: size.width,
	h: size.height - WIDE.axisHeight - WIDE.captionHeight
});

export function sceneAt(
	geometry: WideGeometry,
	lanes: readonly DraftPathLane[],
	size: Size
): Scene {
	const chart = chartBox(size);
	const [[x0, x1], [y0, y1]] = [geometry.xDomain, geometry.yDomain];
	const project = (p: Point) => ({
		x: chart.x + ((p.x - x0) / (x1 - x0)) * chart.w,
		y: chart.y + ((p.y - y0) / (y1 - y0)) * chart.h
	});
	const bands = geometry.lanes.map((l) => {
		const [top, bottom] = [project({ x: 0, y: l.top }).y, project({ x: 0, y: l.bottom }).y];
		return { x: chart.x, y: top, w: chart.w, h: bottom - top };
	});
	const dot = (s: WideGeometry['stages'][number]) =>
		dotBox(project(s.at), s.span?.map((y) => project({ x: 0, y }).y) as [number, number]);
	const obstacles = [
		...bands.map((band, i) => ({
			id: `lane ${lanes[i]?.id}`,
			box: laneNameBox(lanes[i] ?? { label: '' }, band)
		})),
		...geometry.stages.map((s) => ({ id: `dot ${s.stage.id}`, box: dot(s) })),
		...geometry.routes.map((r) => ({
			id: `arrow ${r.flow.id}`,
			box: arrowBox(r.heading, headGap(r), project(r.curve.to))
		}))
	];
	const lines = geometry.routes.map((r) => {
		const points = sampleCurve(r.curve, 32).map(project);
		const [xs, ys] = [points.map((p) => p.x), points.map((p) => p.y)];
		const [x, y] = [Math.min(...xs), Math.min(...ys)];
		return {
			id: `line ${r.flow.id}`,
			points,
			bounds: { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y }
		};
	});
	return { size, project, chart, bands, obstacles, lines };
}

/** What a box touches in a scene (other labels and lines aside). */
export const hits = (box: Box, scene: Scene) =>
	scene.obstacles.filter((o) => boxesOverlap(box, o.box, CLEARANCE)).map((o) => o.id);

/** The lines that pass under a box (or within `margin` of it) in a scene. */
export function linesNear(box: Box, scene: Scene, margin = CLEARANCE): string[] {
	const b = grow(box, margin);
	const crosses = (points: Point[]) =>
		points.some((p, i) => i > 0 && segmentHitsBox(points[i - 1]!, p, b));
	return scene.lines.filter((l) => boxesOverlap(b, l.bounds) && crosses(l.points)).map((l) => l.id);
}

/** Dots that sit on a lane's name: a layout problem no label search can fix. */
export const dotsOnNames = (scene: Scene) =>
	scene.obstacles
		.filter(
			(d) =>
				d.id.startsWith('dot ') &&
				scene.obstacles.some(
					(n) => n.id.startsWith('lane ') && boxesOverlap(d.box, n.box, CLEARANCE)
				)
		)
		.map((d) => `${d.id} × a lane’s name at ${scene.size.width}×${scene.size.height}`);

/** A band with a little room at its top and bottom: labels never touch a lane's border. */
export const roomOf = (band: Box): Box => ({
	x: band.x + 2,
	y: band.y + 3,
	w: band.w - 4,
	h: band.h - 6
});

/** Where a date of the axis starts in a body `width` wide: centred on its column at `x`, but
 * never out of the frame (the component's CSS does the same with clamp()). */
export const axisStart = (x: number, w: number, width: number) =>
	Math.min(Math.max(0, x * width - w / 2), width - w);

/** Dates that touch each other at a width, in words. */
export function datesTouching(columns: WideLayout['columns'], width: number): string[] {
	const boxes = columns.map((c) => ({
		...c,
		box: {
			x: axisStart(c.x, c.w, width),
			y: c.row * TYPE.axis.lineHeight,
			w: c.w,
			h: TYPE.axis.lineHeight
		}
	}));
	return boxes.flatMap((a, i) =>
		boxes
			.slice(i + 1)
			.filter((b) => a.row === b.row && boxesOverlap(a.box, b.box, 4))
			.map((b) => `date ${a.label} × date ${b.label} at ${width}`)
	);
}

/**
 * Every way a finished layout's wide labels touch something, at each size of a tier, read from
 * the layout as the component draws it (anchors at fractions of the chart, offsets in pixels,
 * each label measured again): a label touching another, a dot, an arrowhead or a lane's name,
 * or leaving its lane. Empty for a good layout; prepare.ts reports what it finds.
 */
export function checkWideLabels(data: DraftPathData, wide: WideLayout, tier: number): string[] {
	const { sizes, compact } = WIDE_TIERS[tier]!;
	const [stages, flows] = [
		new Map(data.stages.map((s) => [s.id, s])),
		new Map(data.flows.map((f) => [f.id, f]))
	];
	const found = new Set<string>();
	for (const size of sizes) {
		const chart = chartBox(size);
		const at = (x: number, y: number) => ({ x: chart.x + x * chart.w, y: chart.y + y * chart.h });
		const bands = wide.lanes.map((l) => ({
			x: chart.x,
			y: at(0, l.top).y,
			w: chart.w,
			h: (l.bottom - l.top) * chart.h
		}));
		const obstacles = [
			...bands.map((band, i) => ({
				id: `lane ${wide.lanes[i]!.id}`,
				box: laneNameBox(data.lanes[i] ?? { label: '' }, band)
			})),
			...wide.stages.map((s) => ({
				id: `dot ${s.id}`,
				box: dotBox(at(s.x, s.y), s.span?.map((y) => at(0, y).y) as [number, number])
			})),
			...wide.flows.map((f) => ({
				id: `arrow ${f.id}`,
				box: arrowBox(f.head.heading, f.head.gap, at(f.head.x, f.head.y))
			}))
		];
		const labels = wide.labels.flatMap(({ id, spots }) => {
			const spot = spots[tier];
			if (!spot) return [];
			const m = measureParts(labelParts(id, stages, flows), spot.width, compact || !!spot.short);
			const p = at(spot.x, spot.y);
			const box = {
				x: p.x + spot.dx + (spot.tx / 100) * m.w,
				y: p.y + spot.dy + (spot.ty / 100) * m.h,
				w: m.w,
				h: m.h
			};
			return [{ id, band: spot.band, box }];
		});
		const where = ` at ${size.width}×${size.height}`;
		labels.forEach((label, i) => {
			if (!inside(label.box, roomOf(bands[label.band]!)))
				found.add(`${label.id} × outside its lane${where}`);
			for (const o of obstacles)
				if (boxesOverlap(label.box, o.box, CLEARANCE)) found.add(`${label.id} × ${o.id}${where}`);
			for (const other of labels.slice(i + 1))
				if (boxesOverlap(label.box, other.box, LABEL_GAP))
					found.add(`${label.id} × ${other.id}${where}`);
		});
	}
	return [...found];
}
