/**
 * A flow's line as geometry: a straight line or a cubic Bézier curve, and what is drawn and
 * measured from it (its SVG path, the box it is revealed in, points along it). Pure, and run
 * at build time with the layouts (layout.ts, prepare.ts).
 */

export interface Point {
	x: number;
	y: number;
}

/** A straight line or a cubic Bézier curve. */
export type Curve =
	| { type: 'line'; from: Point; to: Point }
	| { type: 'cubic'; from: Point; c1: Point; c2: Point; to: Point };

const round = (v: number) => Math.round(v * 100) / 100;

/** The SVG path of a curve, its points mapped through `map`. */
export function curvePath(curve: Curve, map: (p: Point) => Point = (p) => p): string {
	const p = (pt: Point) => {
		const q = map(pt);
		return `${round(q.x)},${round(q.y)}`;
	};
	return curve.type === 'line'
		? `M${p(curve.from)}L${p(curve.to)}`
		: `M${p(curve.from)}C${p(curve.c1)} ${p(curve.c2)} ${p(curve.to)}`;
}

/**
 * The box a curve's line is drawn in, its points mapped through `map`: the hull of its control
 * points (a cubic never leaves it), no thinner than `minExtent` either way (a straight line's
 * box would have no height, and an SVG of no height draws nothing). FlowLines reveals a line
 * by sliding this box, so it needs no more than to hold the line.
 */
export function curveBox(
	curve: Curve,
	minExtent: number,
	map: (p: Point) => Point = (p) => p
): { x: number; y: number; w: number; h: number } {
	const points = (
		curve.type === 'line' ? [curve.from, curve.to] : [curve.from, curve.c1, curve.c2, curve.to]
	).map(map);
	const span = (values: number[]) => {
		const [lo, hi] = [Math.min(...values), Math.max(...values)];
		const grow = Math.max(0, minExtent - (hi - lo)) / 2;
		return [round(lo - grow), round(hi - lo + 2 * grow)] as const;
	};
	const [x, w] = span(points.map((p) => p.x));
	const [y, h] = span(points.map((p) => p.y));
	return { x, y, w, h };
}

export function pointOnCurve(curve: Curve, t: number): Point {
	const { from, to } = curve;
	if (curve.type === 'line')
		return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
	const u = 1 - t;
	const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
	return {
		x: a * from.x + b * curve.c1.x + c * curve.c2.x + d * to.x,
		y: a * from.y + b * curve.c1.y + c * curve.c2.y + d * to.y
	};
}

/** The curve as a polyline of n segments. */
export function sampleCurve(curve: Curve, n = 24): Point[] {
	if (curve.type === 'line') return [curve.from, curve.to];
	return Array.from({ length: n + 1 }, (_, i) => pointOnCurve(curve, i / n));
}
