/**
 * Sizes shared by the build-time layout and the component that draws it: the layout keeps
 * labels apart using the same boxes that the CSS draws. Change one, change both: Network.svelte's
 * stylesheet writes FRAMES' and LABEL's numbers, and its container queries are `FRAME_QUERIES`
 * (a test checks both).
 *
 * A layout is made for a frame of a given shape. The picture keeps that shape at any size: it
 * is scaled up, never stretched, into the frame (the rest is margin), and only positions
 * scale; text keeps its size. So a frame at least as large as the layout's only spreads it.
 */
import type { Point } from './curves.js';

/** Phones and small squares; landscape strips (tablets, host columns); large frames (desktop). */
export type LayoutKind = 'narrow' | 'landscape' | 'wide';

/** In the order their container queries are written: a later match wins. */
export const LAYOUT_KINDS: readonly LayoutKind[] = ['narrow', 'wide', 'landscape'];

/** The first letter of each kind: the suffix of its custom properties (`--xn`, `--csl`…). */
export const SUFFIX: Record<LayoutKind, string> = { narrow: 'n', landscape: 'l', wide: 'w' };

export interface LayoutFrame {
	/** The smallest frame (px) in which nothing overlaps; larger frames only spread out. */
	width: number;
	height: number;
	/** Node label size, px. */
	font: number;
	/** Link label size, px. */
	linkFont: number;
	/** Width and height of a node's marker (circle or square), px. */
	marker: number;
}

export const FRAMES: Record<LayoutKind, LayoutFrame> = {
	narrow: { width: 345, height: 345, font: 12, linkFont: 11, marker: 11 },
	landscape: { width: 620, height: 360, font: 12.5, linkFont: 11.5, marker: 12 },
	wide: { width: 580, height: 520, font: 13, linkFont: 12, marker: 13 }
};

/**
 * When a frame (the chart's box, px) uses each layout; `narrow` otherwise. Network.svelte
 * writes the same conditions as container queries.
 */
export const FRAME_QUERIES: Record<Exclude<LayoutKind, 'narrow'>, string> = {
	wide: '(min-width: 560px) and (min-height: 500px)',
	landscape: '(min-width: 560px) and (min-height: 320px) and (min-aspect-ratio: 7/5)'
};

/** The layout a frame of `width` × `height` px shows (what the container queries pick). */
export function layoutForFrame(width: number, height: number): LayoutKind {
	if (width >= 560 && height >= 320 && width / height >= 7 / 5) return 'landscape';
	if (width >= 560 && height >= 500) return 'wide';
	return 'narrow';
}

/** Space between marker and label, and the label's padding, px; line height as a factor. */
export const LABEL = { gap: 3, padX: 4, padY: 1, lineHeight: 1.25 } as const;

/**
 * The custom properties of a picture (Network.svelte's `style`): each layout's camera where it
 * moves (`--csw`, `--cxw`, `--cyw`…), and the lines of notes to keep room for on a phone, if
 * any. The stylesheet holds the rest: the frames, the type sizes, the label spacing, and the
 * camera that does not move.
 */
export function stageStyle(
	cameras: Record<LayoutKind, { s: number; x: number; y: number }>,
	noteLines: number
): string {
	const moved = LAYOUT_KINDS.filter((kind) => {
		const c = cameras[kind];
		return c.s !== 1 || c.x !== 0 || c.y !== 0;
	}).map((kind) => {
		const c = cameras[kind];
		const k = SUFFIX[kind];
		return `--cs${k}:${c.s};--cx${k}:${c.x};--cy${k}:${c.y}`;
	});
	return [...moved, ...(noteLines > 0 ? [`--nw-note-lines:${noteLines}`] : [])].join(';');
}

/** Width of the band at the picture's edge where lines fade out, px; no label enters it. */
export const FADE = 10;

/** A box relative to a point, px. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Height of a label box at `font` px. */
export function labelHeight(font: number): number {
	return Math.ceil(font * LABEL.lineHeight) + 2 * LABEL.padY;
}

/** Where a node's label sits: under its marker, or beside it. */
export type LabelSide = 'below' | 'left' | 'right';

/** The box a node and its label cover, around the node's centre. */
export function nodeBox(kind: LayoutKind, labelWidth: number, side: LabelSide): Box {
	const { font, marker } = FRAMES[kind];
	const m = marker / 2;
	if (side === 'below') {
		const half = Math.max(labelWidth, marker) / 2;
		return { left: -half, right: half, top: -m, bottom: m + LABEL.gap + labelHeight(font) };
	}
	const half = Math.max(marker, labelHeight(font)) / 2;
	const reach = m + LABEL.gap + labelWidth;
	return side === 'right'
		? { left: -m, right: reach, top: -half, bottom: half }
		: { left: -reach, right: m, top: -half, bottom: half };
}

/** The box of a node's label alone (without its marker), around the node's centre. */
export function labelBox(kind: LayoutKind, labelWidth: number, side: LabelSide): Box {
	const { font, marker } = FRAMES[kind];
	const m = marker / 2;
	const h = labelHeight(font);
	if (side === 'below')
		return {
			left: -labelWidth / 2,
			right: labelWidth / 2,
			top: m + LABEL.gap,
			bottom: m + LABEL.gap + h
		};
	return side === 'right'
		? { left: m + LABEL.gap, right: m + LABEL.gap + labelWidth, top: -h / 2, bottom: h / 2 }
		: { left: -m - LABEL.gap - labelWidth, right: -m - LABEL.gap, top: -h / 2, bottom: h / 2 };
}

/** A box moved to (x, y). */
export function boxAt(box: Box, x: number, y: number): Box {
	return { left: x + box.left, right: x + box.right, top: y + box.top, bottom: y + box.bottom };
}

/** Area two boxes share. */
export function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return w > 0 && h > 0 ? w * h : 0;
}

/** Area of `box` outside `frame`. */
export function outsideArea(box: Box, frame: Box): number {
	return (box.right - box.left) * (box.bottom - box.top) - overlapArea(box, frame);
}

/** Closest point to p on the segment a–b. */
export function closestOnSegment(p: Point, a: Point, b: Point): Point {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
	return { x: a.x + t * dx, y: a.y + t * dy };
}

/** How far a ray from a box's centre point in direction (ux, uy) runs before leaving the box
 * (a box relative to that point). */
export function exit(box: Box, ux: number, uy: number): number {
	const tx = ux > 0 ? box.right / ux : ux < 0 ? box.left / ux : Infinity;
	const ty = uy > 0 ? box.bottom / uy : uy < 0 ? box.top / uy : Infinity;
	return Math.min(tx, ty);
}

/** Whether the segment a–b passes through the box. */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
	// Liang–Barsky clipping: does any part of the segment lie inside?
	let t0 = 0;
	let t1 = 1;
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const edges: [number, number][] = [
		[-dx, a.x - box.left],
		[dx, box.right - a.x],
		[-dy, a.y - box.top],
		[dy, box.bottom - a.y]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const r = q / p;
		if (p < 0) t0 = Math.max(t0, r);
		else t1 = Math.min(t1, r);
		if (t0 > t1) return false;
	}
	return true;
}

/** A box that may be turned: centre, half width and half height, angle (radians). */
export interface Oriented {
	x: number;
	y: number;
	hw: number;
	hh: number;
	angle: number;
}

/** An upright box as an oriented one. */
export function oriented(box: Box): Oriented {
	return {
		x: (box.left + box.right) / 2,
		y: (box.top + box.bottom) / 2,
		hw: (box.right - box.left) / 2,
		hh: (box.bottom - box.top) / 2,
		angle: 0
	};
}

/** The upright box around an oriented one. */
export function bounds(o: Oriented): Box {
	const c = Math.abs(Math.cos(o.angle));
	const s = Math.abs(Math.sin(o.angle));
	const rx = o.hw * c + o.hh * s;
	const ry = o.hw * s + o.hh * c;
	return { left: o.x - rx, right: o.x + rx, top: o.y - ry, bottom: o.y + ry };
}

/**
 * How far apart two oriented boxes are, px: the widest gap along any of their four axes
 * (separating axis theorem). Negative when they overlap: then it is how deep, along the axis
 * where they overlap least.
 */
export function separation(a: Oriented, b: Oriented): number {
	// Boxes whose upright bounds are apart are at least that far apart.
	const A = bounds(a);
	const B = bounds(b);
	const apart = Math.max(B.left - A.right, A.left - B.right, B.top - A.bottom, A.top - B.bottom);
	if (apart > 0 || (a.angle === 0 && b.angle === 0)) return apart;
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const ca = Math.cos(a.angle);
	const sa = Math.sin(a.angle);
	const cb = Math.cos(b.angle);
	const sb = Math.sin(b.angle);
	const reach = (o: Oriented, c: number, s: number, ux: number, uy: number) =>
		o.hw * Math.abs(c * ux + s * uy) + o.hh * Math.abs(-s * ux + c * uy);
	let gap = -Infinity;
	for (const [ux, uy] of [
		[ca, sa],
		[-sa, ca],
		[cb, sb],
		[-sb, cb]
	] as const) {
		const d = Math.abs(dx * ux + dy * uy) - reach(a, ca, sa, ux, uy) - reach(b, cb, sb, ux, uy);
		gap = Math.max(gap, d);
	}
	return gap;
}

/** A point's place in every layout, as the custom properties the stage's CSS picks from
 * (`--xn:…;--yn:…;--xw:…`). */
export function placeStyle(at: Record<LayoutKind, { x: number; y: number }>): string {
	return LAYOUT_KINDS.map((k) => `--x${SUFFIX[k]}:${at[k].x};--y${SUFFIX[k]}:${at[k].y}`).join(';');
}
