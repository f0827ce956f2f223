/**
 * Boxes and lines in pixels, and whether they touch: the collision check behind the
 * draft-path diagram's label placement (and its tests).
 */
import type { Point } from './draftPathLayout';

/** An axis-aligned box in pixels: top-left corner, width, height. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** True if the boxes overlap, or come closer than `gap` pixels. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
	return (
		a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
	);
}

/** Area of the overlap of two boxes (0 if they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

/** True if `inner` lies inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
	return (
		inner.x >= outer.x - 0.5 &&
		inner.y >= outer.y - 0.5 &&
		inner.x + inner.w <= outer.x + outer.w + 0.5 &&
		inner.y + inner.h <= outer.y + outer.h + 0.5
	);
}

/** Grows a box by `by` pixels on every side. */
export function inflate(box: Box, by: number): Box {
	return { x: box.x - by, y: box.y - by, w: box.w + 2 * by, h: box.h + 2 * by };
}

/** True if the segment p–q crosses or touches the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, box: Box): boolean {
	let t0 = 0;
	let t1 = 1;
	const dx = q.x - p.x;
	const dy = q.y - p.y;
	const edges: [number, number][] = [
		[-dx, p.x - box.x],
		[dx, box.x + box.w - p.x],
		[-dy, p.y - box.y],
		[dy, box.y + box.h - p.y]
	];
	for (const [num, dist] of edges) {
		if (num === 0) {
			if (dist < 0) return false;
			continue;
		}
		const t = dist / num;
		if (num < 0) {
			if (t > t1) return false;
			if (t > t0) t0 = t;
		} else {
			if (t < t0) return false;
			if (t < t1) t1 = t;
		}
	}
	return t0 <= t1;
}

/** True if any segment of the polyline crosses or touches the box. */
export function polylineHitsBox(points: readonly Point[], box: Box): boolean {
	for (let i = 1; i < points.length; i++)
		if (segmentHitsBox(points[i - 1]!, points[i]!, box)) return true;
	return false;
}
