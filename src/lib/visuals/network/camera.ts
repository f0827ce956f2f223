/**
 * Where the picture looks, in one layout: a zoom and a shift that frame a set of nodes, and
 * which nodes are then wholly inside the frame (the others are not drawn). Works in the
 * layout's own frame, px; the picture keeps its shape at any size, so a larger frame only
 * leaves more room. Pure; Node only, like focusState.ts, which uses it.
 */
import {
	FADE,
	FRAMES,
	boxAt,
	nodeBox,
	type Box,
	type LabelSide,
	type LayoutKind
} from './geometry.js';
import type { Point } from './curves.js';
import { IDENTITY, type Camera } from './focus.js';
import { nodePoint, type GraphModel, type GraphNode } from './graphModel.js';

// Camera of one layout (a point p, px, is drawn at s·p + (x, y)), and the one that does not
// move: defined where the components read them.
export { IDENTITY, type Camera } from './focus.js';

/** Most the camera zooms in, so that some context stays in the frame: less in the larger
 * layouts, which have room enough for the words on their lines. */
export const MAX_ZOOM: Record<LayoutKind, number> = { narrow: 1.8, landscape: 1.5, wide: 1.5 };

/** Space kept free around framed nodes at the frame's edge, px: the fading band and a little. */
export const MARGIN = FADE + 4;

/** A node's box (marker and label) where the camera draws it, px. */
export function screenBox(
	node: GraphNode,
	kind: LayoutKind,
	camera: Camera,
	side: LabelSide = node.at[kind].side
): Box {
	const p = nodePoint(node, kind);
	const { w } = node.at[kind];
	return boxAt(nodeBox(kind, w, side), camera.s * p.x + camera.x, camera.s * p.y + camera.y);
}

/** Something the camera must frame: a point that the zoom moves, and a box around it that
 * keeps its size (a node's marker and label, the words on a line). */
export interface Framed {
	p: Point;
	box: Box;
}

/** What a node asks of the camera: its point and its box, relative to the point. */
export function framedNode(node: GraphNode, kind: LayoutKind): Framed {
	const { w, side } = node.at[kind];
	return { p: nodePoint(node, kind), box: nodeBox(kind, w, side) };
}

/**
 * The camera that shows every item as large as it can (up to MAX_ZOOM or `cap`, never below
 * 1), all of them whole inside the frame, centred; `reserve` px at the bottom stay free (for
 * the notes written over the picture).
 */
export function aimCamera(
	items: readonly Framed[],
	kind: LayoutKind,
	cap = Infinity,
	reserve = 0
): Camera {
	const { width, height } = FRAMES[kind];
	if (items.length === 0) return IDENTITY;
	const room = { x: width - 2 * MARGIN, y: height - 2 * MARGIN - reserve };

	// The largest zoom at which the boxes still fit, axis by axis, pair by pair.
	let s = Math.min(MAX_ZOOM[kind], cap);
	for (const a of items) {
		for (const b of items) {
			const dx = b.p.x - a.p.x;
			if (dx > 0) s = Math.min(s, (room.x - (b.box.right - a.box.left)) / dx);
			const dy = b.p.y - a.p.y;
			if (dy > 0) s = Math.min(s, (room.y - (b.box.bottom - a.box.top)) / dy);
		}
	}
	// Rounded down, so that what fits still fits after rounding.
	s = Math.max(1, Math.floor(s * 100) / 100);
	if (s === 1) return IDENTITY;
	const left = Math.min(...items.map((b) => s * b.p.x + b.box.left));
	const right = Math.max(...items.map((b) => s * b.p.x + b.box.right));
	const top = Math.min(...items.map((b) => s * b.p.y + b.box.top));
	const bottom = Math.max(...items.map((b) => s * b.p.y + b.box.bottom));
	const round = (v: number) => Math.round(v * 100) / 100;
	return {
		s,
		x: round((width - (left + right)) / 2),
		y: round((height - reserve - (top + bottom)) / 2)
	};
}

/** The part of the frame where a node may be drawn: all of it but the fading band, and the
 * `reserve` px at the bottom where notes are written. */
export function innerFrame(kind: LayoutKind, reserve = 0): Box {
	const { width, height } = FRAMES[kind];
	return { left: FADE, right: width - FADE, top: FADE, bottom: height - FADE - reserve };
}

/** The part of the frame where the words on a line may go: all of it but a hair (lines fade at
 * the edge, words do not). */
export function wordsFrame(kind: LayoutKind, reserve = 0): Box {
	const { width, height } = FRAMES[kind];
	return { left: 2, right: width - 2, top: 2, bottom: height - 2 - reserve };
}

/** Ids of the nodes that are not wholly inside the frame with this camera. */
export function outOfFrame(
	model: GraphModel,
	kind: LayoutKind,
	camera: Camera,
	reserve = 0
): Set<string> {
	const frame = innerFrame(kind, reserve);
	const out = new Set<string>();
	for (const node of model.nodes) {
		const b = screenBox(node, kind, camera);
		if (
			b.left < frame.left ||
			b.right > frame.right ||
			b.top < frame.top ||
			b.bottom > frame.bottom
		)
			out.add(node.id);
	}
	return out;
}
