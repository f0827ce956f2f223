/**
 * The last part of the build-time layout, in one frame's pixels: from a rough placement to one
 * a reader can read. Each round nudges nodes so that
 * - no two node boxes (marker and label) overlap, with a gap;
 * - every line keeps clear of the markers and labels of nodes it does not join;
 * - the middle of every labelled line has room for its words, clear of every node box, and
 *   of the words of lines shown with it (`together.ts`);
 * - every box stays inside the frame, out of the band where lines fade;
 * while each node stays near where the shape put it, and each label picks the side (right,
 * left or below) where it covers least. Deterministic: no randomness, a fixed number of rounds.
 *
 * Node only, like layout.ts (it is part of it).
 */
import { bentCurve, curvePoint, pairOffsets } from './curves.js';
import {
	FADE,
	FRAMES,
	labelBox,
	labelHeight,
	nodeBox,
	outsideArea,
	overlapArea,
	boxAt,
	bounds,
	oriented,
	separation,
	type Box,
	type LabelSide,
	type Oriented,
	closestOnSegment,
	exit,
	segmentCrossesBox,
	type LayoutKind
} from './geometry.js';
import { fanOut, fansOf } from './together.js';

export interface RefineNode {
	id: string;
	/** Width of its label box, px. */
	w: number;
	x: number;
	y: number;
}

export interface RefineLink {
	/** Indexes of its two nodes. */
	a: number;
	b: number;
	/** Width its words need on the line, px (0: it has none). */
	room: number;
	/** Its words must fit on the whole picture (it is highlighted there); others make room
	 * only as far as they easily can, since a closer view lengthens their lines. */
	priority?: boolean;
}

export interface RefinedNode extends RefineNode {
	side: LabelSide;
}

/** Where labels may go, in order of preference: beside on phones and strips, below on desktops. */
const SIDES: Record<LayoutKind, LabelSide[]> = {
	narrow: ['right', 'left', 'below'],
	landscape: ['right', 'left', 'below'],
	wide: ['below', 'right', 'left']
};

/** Space kept between node boxes, px. */
const GAP: Record<LayoutKind, number> = { narrow: 5, landscape: 7, wide: 8 };

/** Strength of the push that spreads nodes over the frame, px³ per round. */
const SPREAD: Record<LayoutKind, number> = { narrow: 400, landscape: 600, wide: 600 };

/** Space kept between a line and a marker it does not join, px beyond the marker's edge. */
const CLEARANCE = 5;

/** Boxes stay this far inside the frame, px: out of the band where lines fade. */
const EDGE = FADE + 2;

const ROUNDS = 600;

const SAMPLES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

export function refine(
	start: readonly RefineNode[],
	links: readonly RefineLink[],
	kind: LayoutKind,
	together: readonly (readonly number[])[] = []
): RefinedNode[] {
	const { width, height, marker, linkFont } = FRAMES[kind];
	const gap = GAP[kind];
	const frame: Box = { left: EDGE, right: width - EDGE, top: EDGE, bottom: height - EDGE };
	const nodes = start.map((n) => ({
		...n,
		ax: n.x,
		ay: n.y,
		side: SIDES[kind][0]!,
		box: nodeBox(kind, n.w, SIDES[kind][0]!)
	}));
	const offsets = pairOffsets(
		links.map((l) => ({ source: nodes[l.a]!.id, target: nodes[l.b]!.id }))
	);
	const fans = fansOf(links, together);
	const slotHeight = labelHeight(linkFont) + 2;
	const curve = (l: RefineLink, i: number) =>
		bentCurve(nodes[l.a]!, nodes[l.b]!, nodes[l.a]!.id < nodes[l.b]!.id, offsets[i]!);
	/** Room for a link's words: on its middle, along the line. */
	const slot = (l: RefineLink, i: number): Oriented => {
		const c = curve(l, i);
		const m = curvePoint(c, 0.5);
		const angle = Math.atan2(c.b.y - c.a.y, c.b.x - c.a.x);
		return { x: m.x, y: m.y, hw: l.room / 2, hh: slotHeight / 2, angle };
	};
	const boxOf = (n: (typeof nodes)[number]) => boxAt(n.box, n.x, n.y);
	const move = (n: (typeof nodes)[number], dx: number, dy: number) => {
		n.x += dx;
		n.y += dy;
	};

	/** Pushes every two overlapping node boxes apart along the axis that needs the smaller move. */
	const separate = (strength: number) => {
		let overlaps = 0;
		for (let i = 0; i < nodes.length; i++) {
			for (let j = i + 1; j < nodes.length; j++) {
				const a = nodes[i]!;
				const b = nodes[j]!;
				const A = boxOf(a);
				const B = boxOf(b);
				const ox = Math.min(A.right, B.right) - Math.max(A.left, B.left) + gap;
				const oy = Math.min(A.bottom, B.bottom) - Math.max(A.top, B.top) + gap;
				if (ox <= 0 || oy <= 0) continue;
				overlaps++;
				if (ox < oy) {
					const d = (ox / 2) * strength * (a.x <= b.x ? 1 : -1);
					move(a, -d, 0);
					move(b, d, 0);
				} else {
					const d = (oy / 2) * strength * (a.y <= b.y ? 1 : -1);
					move(a, 0, -d);
					move(b, 0, d);
				}
			}
		}
		return overlaps;
	};

	/** Keeps lines off the nodes they do not join, and their middles free for their words. */
	const clearLines = (strength: number) => {
		let crossings = 0;
		// Node boxes as they stand at the start of the pass (close enough while it runs).
		const shapes = nodes.map((n) => oriented(boxOf(n)));
		links.forEach((l, li) => {
			const a = nodes[l.a]!;
			const b = nodes[l.b]!;
			const c = curve(l, li);
			const points = offsets[li] === 0 ? [c.a, c.b] : SAMPLES.map((t) => curvePoint(c, t));
			const room = l.room > 0 ? slot(l, li) : undefined;
			if (room) {
				// The words need the line's length between its ends' boxes, and a little more
				// for their corners when they turn to run along it.
				const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
				const ux = (b.x - a.x) / len;
				const uy = (b.y - a.y) / len;
				const free = len - exit(a.box, ux, uy) - exit(b.box, -ux, -uy);
				const need = l.room + slotHeight;
				if (free < need) {
					const o = (need - free) * strength * 0.25;
					move(a, -ux * o, -uy * o);
					move(b, ux * o, uy * o);
				}
				// And they stay inside the frame: a line along its edge moves in.
				const r = bounds(room);
				const inX = Math.max(0, frame.left - r.left) - Math.max(0, r.right - frame.right);
				const inY = Math.max(0, frame.top - r.top) - Math.max(0, r.bottom - frame.bottom);
				if (inX !== 0 || inY !== 0) {
					move(a, inX * strength * 0.5, inY * strength * 0.5);
					move(b, inX * strength * 0.5, inY * strength * 0.5);
				}
			}
			nodes.forEach((n, k) => {
				const end = k === l.a || k === l.b;
				if (room && !end) {
					const depth = -separation(room, shapes[k]!);
					if (depth > 0) {
						const o = depth * strength * 0.5;
						const d = Math.hypot(n.x - room.x, n.y - room.y) || 1;
						const [ux, uy] = [(n.x - room.x) / d, (n.y - room.y) / d];
						move(n, ux * o, uy * o);
						move(a, -ux * o * 0.5, -uy * o * 0.5);
						move(b, -ux * o * 0.5, -uy * o * 0.5);
					}
				}
				if (end) return;
				// The marker: keep the line CLEARANCE px beyond its edge.
				let closest = points[0]!;
				let dist = Infinity;
				for (let s = 1; s < points.length; s++) {
					const q = closestOnSegment(n, points[s - 1]!, points[s]!);
					const d = Math.hypot(n.x - q.x, n.y - q.y);
					if (d < dist) [dist, closest] = [d, q];
				}
				const clear = marker / 2 + CLEARANCE;
				if (dist < marker / 2 + 1.5) crossings++;
				if (dist < clear) {
					const push = (clear - dist) * strength * 0.5;
					// Away from the line; on it, across it.
					const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
					const ux = dist > 0.01 ? (n.x - closest.x) / dist : -(b.y - a.y) / len;
					const uy = dist > 0.01 ? (n.y - closest.y) / dist : (b.x - a.x) / len;
					move(n, ux * push, uy * push);
					move(a, -ux * push * 0.5, -uy * push * 0.5);
					move(b, -ux * push * 0.5, -uy * push * 0.5);
				}
				// The label: a softer push off the line.
				const box = boxAt(labelBox(kind, n.w, n.side), n.x, n.y);
				for (let s = 1; s < points.length; s++) {
					if (!segmentCrossesBox(points[s - 1]!, points[s]!, box)) continue;
					const q = closestOnSegment(n, points[s - 1]!, points[s]!);
					const d = Math.hypot(n.x - q.x, n.y - q.y) || 1;
					const push = 1.5 * strength;
					move(n, ((n.x - q.x) / d) * push, ((n.y - q.y) / d) * push);
					break;
				}
			});
		});
		return crossings;
	};

	/** A gentle push between every two nodes, stronger when close, so they fill the frame. */
	const spread = (strength: number) => {
		for (let i = 0; i < nodes.length; i++) {
			for (let j = i + 1; j < nodes.length; j++) {
				const a = nodes[i]!;
				const b = nodes[j]!;
				const dx = b.x - a.x;
				const dy = b.y - a.y;
				const d2 = Math.max(dx * dx + dy * dy, 100);
				const f = Math.min(2, (strength * SPREAD[kind]) / d2);
				const d = Math.sqrt(d2);
				move(a, (-dx / d) * f, (-dy / d) * f);
				move(b, (dx / d) * f, (dy / d) * f);
			}
		}
	};

	const confine = () => {
		for (const n of nodes) {
			n.x = Math.min(Math.max(n.x, frame.left - n.box.left), frame.right - n.box.right);
			n.y = Math.min(Math.max(n.y, frame.top - n.box.top), frame.bottom - n.box.bottom);
		}
	};

	/** Gives each label the side where it covers least: other boxes, line middles, lines. */
	const chooseSides = () => {
		const slots = links.map((l, i) => (l.room > 0 ? slot(l, i) : undefined));
		nodes.forEach((n, i) => {
			let best = n.side;
			let bestCost = Infinity;
			SIDES[kind].forEach((side, rank) => {
				const box = boxAt(nodeBox(kind, n.w, side), n.x, n.y);
				let cost = rank * 40 + 3 * outsideArea(box, frame);
				nodes.forEach((o, j) => {
					if (j !== i) cost += overlapArea(box, boxOf(o));
				});
				// Lines through the words, its own lines above all: they would hide where they start.
				const words = boxAt(labelBox(kind, n.w, side), n.x, n.y);
				links.forEach((l, li) => {
					const s = slots[li];
					if (s) cost += Math.max(0, -separation(s, oriented(box))) * 20;
					if (segmentCrossesBox(nodes[l.a]!, nodes[l.b]!, words))
						cost += l.a === i || l.b === i ? 150 : 60;
				});
				if (cost < bestCost) [bestCost, best] = [cost, side];
			});
			n.side = best;
			n.box = nodeBox(kind, n.w, best);
		});
	};

	for (let round = 0; round < ROUNDS; round++) {
		const alpha = 1 - round / ROUNDS;
		for (const n of nodes) move(n, (n.ax - n.x) * 0.02 * alpha, (n.ay - n.y) * 0.02 * alpha);
		spread(alpha);
		separate(0.5);
		clearLines(0.5);
		fanOut(fans, nodes, (i) => slot(links[i]!, i), 0.5);
		confine();
		if (round % 40 === 0 && round < ROUNDS * 0.8) chooseSides();
	}
	// Whatever still touches is pushed apart, lines kept clear, without the pull to the shape.
	for (let pass = 0; pass < 400; pass++) {
		const crossings = clearLines(0.6);
		fanOut(fans, nodes, (i) => slot(links[i]!, i), 0.6);
		const overlaps = separate(1);
		confine();
		if (overlaps === 0 && crossings === 0 && pass > 20) break;
	}

	return nodes.map(({ id, w, x, y, side }) => ({ id, w, x, y, side }));
}
