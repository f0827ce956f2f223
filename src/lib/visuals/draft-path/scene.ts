/**
 * The wide diagram in pixels at one size of its body: the chart, each lane's band, and what a
 * label must keep clear of (lanes' names, dots, arrowheads) or should (lines). The geometry the
 * label search (placement.ts) and the layout's own checks (prepare.ts) work on; build time only.
 */
import { sampleCurve, type Point } from './curve';
import type { Route, WideGeometry } from './layout';
import { lineWidth } from './labels';
import type { DraftPathLane, Heading, WideLayout } from './model';
import { TYPE, WIDE } from './model';

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
/** Gap kept between a label and anything it must not touch. */
export const CLEARANCE = 2;

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

/** What the wide diagram draws, in some units that `project` turns into pixels: the bands'
 * tops and bottoms, the dots (a hub's with its span) and the arrowheads. */
interface Drawn {
	lanes: readonly { top: number; bottom: number }[];
	dots: readonly { id: string; at: Point; span?: readonly number[] }[];
	heads: readonly { id: string; heading: Heading; gap: number; to: Point }[];
}

/** The bands and what no label may touch (lanes' names, dots, arrowheads), in pixels. */
export function obstaclesOf(
	lanes: readonly DraftPathLane[],
	drawn: Drawn,
	size: Size,
	project: Project
) {
	const [chart, y] = [chartBox(size), (v: number) => project({ x: 0, y: v }).y];
	const bands = drawn.lanes.map((l) => ({
		x: chart.x,
		y: y(l.top),
		w: chart.w,
		h: y(l.bottom) - y(l.top)
	}));
	const obstacles = [
		...bands.map((band, i) => ({
			id: `lane ${lanes[i]?.id}`,
			box: laneNameBox(lanes[i] ?? { label: '' }, band)
		})),
		...drawn.dots.map((d) => ({
			id: `dot ${d.id}`,
			box: dotBox(project(d.at), d.span?.map(y) as [number, number] | undefined)
		})),
		...drawn.heads.map((h) => ({
			id: `arrow ${h.id}`,
			box: arrowBox(h.heading, h.gap, project(h.to))
		}))
	];
	return { bands, obstacles };
}
type Project = (p: Point) => Point;

/** A projection from [x0, x1] × [y0, y1] onto the chart of a body this size. */
export function projectOnto(
	size: Size,
	[x0, x1]: readonly [number, number],
	[y0, y1]: readonly [number, number]
): Project {
	const chart = chartBox(size);
	return (p) => ({
		x: chart.x + ((p.x - x0) / (x1 - x0)) * chart.w,
		y: chart.y + ((p.y - y0) / (y1 - y0)) * chart.h
	});
}

export function sceneAt(
	geometry: WideGeometry,
	lanes: readonly DraftPathLane[],
	size: Size
): Scene {
	const project = projectOnto(size, geometry.xDomain, geometry.yDomain);
	const { bands, obstacles } = obstaclesOf(
		lanes,
		{
			lanes: geometry.lanes,
			dots: geometry.stages.map((s) => ({ id: s.stage.id, at: s.at, span: s.span })),
			heads: geometry.routes.map((r) => {
				return { id: r.flow.id, heading: r.heading, gap: headGap(r), to: r.curve.to };
			})
		},
		size,
		project
	);
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
	return { size, project, chart: chartBox(size), bands, obstacles, lines };
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
