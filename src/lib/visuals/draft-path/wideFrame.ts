/**
 * The wide draft-path diagram in pixels at one frame size: where the lanes, dots, arrows, lines,
 * lanes' names and dates fall. LayerCake places them by percentages; this does the same
 * arithmetic, so labels can be placed and checked without a browser.
 */
import { sampleCurve, type FlowRoute, type Point, type WideLayout } from './draftPathLayout';
import type { Box } from './geometry';
import { SAFETY } from './labelContent';
import { TYPE, WIDE } from './metrics';
import { textWidth, wrapText } from './textMetrics';

export interface Size {
	width: number;
	height: number;
}

/** The lanes' area of the wide diagram, in pixels from the graphic's top-left corner. */
export function wideChartBox(size: Size): Box {
	const top = WIDE.legendHeight + WIDE.axisHeight;
	return {
		x: WIDE.gutter,
		y: top,
		w: size.width - WIDE.gutter,
		h: size.height - top - WIDE.captionHeight
	};
}

/** Maps domain units to pixels, as LayerCake's percent scales place things in a frame. */
export function wideProjector(layout: WideLayout, size: Size): (p: Point) => Point {
	const chart = wideChartBox(size);
	const [x0, x1] = layout.xDomain;
	const [y0, y1] = layout.yDomain;
	return (p) => ({
		x: chart.x + ((p.x - x0) / (x1 - x0)) * chart.w,
		y: chart.y + ((p.y - y0) / (y1 - y0)) * chart.h
	});
}

/** Radius of a lit dot, the largest a dot gets. */
export const LIT_RADIUS = WIDE.dotRadius * WIDE.litScale;

function boundsOf(points: readonly Point[]): Box {
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

function dotBox(at: Point): Box {
	const r = LIT_RADIUS + 1;
	return { x: at.x - r, y: at.y - r, w: 2 * r, h: 2 * r };
}

/** The box an arrowhead takes where a flow arrives. */
export function arrowBox(route: FlowRoute, to: Point): Box {
	const back = LIT_RADIUS + WIDE.arrowLength + 1;
	const half = 6;
	switch (route.heading) {
		case 'right':
			return { x: to.x - back, y: to.y - half, w: back, h: 2 * half };
		case 'left':
			return { x: to.x, y: to.y - half, w: back, h: 2 * half };
		case 'down':
			return { x: to.x - half, y: to.y - back, w: 2 * half, h: back };
		case 'up':
			return { x: to.x - half, y: to.y, w: 2 * half, h: back };
	}
}

/** The lane's name and description, in the gutter left of its band: name, then the
 * description wrapped to the gutter's width. */
export function laneLabelBox(lane: { label: string; description?: string }, band: Box): Box {
	const width = WIDE.gutter - LANE_LABEL_INSET.right;
	const name = wrapText(lane.label, width / SAFETY, TYPE.laneLabel).length;
	const note = lane.description
		? wrapText(lane.description, width / SAFETY, TYPE.laneNote).length
		: 0;
	const h = name * TYPE.laneLabel.lineHeight + note * TYPE.laneNote.lineHeight;
	return { x: 0, y: band.y + LANE_LABEL_INSET.top, w: width, h };
}

/** Where a lane's name sits: at the top of its band, in the gutter. */
export const LANE_LABEL_INSET = { top: 6, right: 10 };

/** The date labels above the columns, centred on them. */
export function axisLabelBoxes(layout: WideLayout, size: Size): { id: string; box: Box }[] {
	const project = wideProjector(layout, size);
	const y = WIDE.legendHeight;
	return layout.columns.map((column) => {
		const x = project({ x: column.position, y: 0 }).x;
		const w = textWidth(column.label, TYPE.axis) * SAFETY;
		return { id: column.key, box: { x: x - w / 2, y, w, h: TYPE.axis.lineHeight } };
	});
}

/** Everything a label must keep clear of, at one frame size. */
export interface Scene {
	size: Size;
	project: (p: Point) => Point;
	chart: Box;
	/** Each lane's band, by lane id. */
	bands: Map<string, Box>;
	dots: { id: string; box: Box }[];
	arrows: { id: string; box: Box }[];
	lanes: { id: string; box: Box }[];
	lines: { id: string; points: Point[]; bounds: Box }[];
}

export function sceneAt(layout: WideLayout, size: Size): Scene {
	const project = wideProjector(layout, size);
	const chart = wideChartBox(size);
	const bands = new Map<string, Box>();
	const lanes = layout.lanes.map((slot) => {
		const top = project({ x: 0, y: slot.top }).y;
		const bottom = project({ x: 0, y: slot.bottom }).y;
		const band = { x: chart.x, y: top, w: chart.w, h: bottom - top };
		bands.set(slot.lane.id, band);
		return { id: slot.lane.id, box: laneLabelBox(slot.lane, band) };
	});
	return {
		size,
		project,
		chart,
		bands,
		dots: layout.stages.map((s) => ({ id: s.stage.id, box: dotBox(project(s.at)) })),
		arrows: layout.flows.map((r) => ({ id: r.flow.id, box: arrowBox(r, project(r.curve.to)) })),
		lanes,
		lines: layout.flows.map((r) => {
			const points = sampleCurve(r.curve, 32).map(project);
			return { id: r.flow.id, points, bounds: boundsOf(points) };
		})
	};
}
