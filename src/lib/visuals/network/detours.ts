/**
 * Lines that would run through a node they do not join are bent around it: the smallest bow,
 * to either side, that keeps every other marker clear and the line inside the frame. Computed
 * once per layout, after the nodes are placed; shipped as `bends` (px per link id).
 *
 * Node only, like layout.ts (it is part of it).
 */
import { bentCurve, curvePoint, type Point } from './curves.js';
import { closestOnSegment, type Box } from './geometry.js';

export interface DetourNode {
	id: string;
	x: number;
	y: number;
}

export interface DetourLink {
	id: string;
	a: number;
	b: number;
	/** Its place among the lines of its pair (see curves.ts). */
	offset: number;
}

const SAMPLES = Array.from({ length: 21 }, (_, i) => i / 20);
/** Bows tried, px, smallest first; each to the left, then to the right. */
const BOWS = [6, 10, 14, 18, 24, 30, 38, 46, 56].flatMap((d) => [d, -d]);

/** How close a line comes to the nearest marker it does not join, px from the marker's centre. */
function nearest(nodes: readonly DetourNode[], link: DetourLink, detour: number): number {
	const a = nodes[link.a]!;
	const b = nodes[link.b]!;
	const curve = bentCurve(a, b, a.id < b.id, link.offset, detour);
	const points: Point[] = SAMPLES.map((t) => curvePoint(curve, t));
	let closest = Infinity;
	nodes.forEach((n, k) => {
		if (k === link.a || k === link.b) return;
		for (let s = 1; s < points.length; s++) {
			const q = closestOnSegment(n, points[s - 1]!, points[s]!);
			closest = Math.min(closest, Math.hypot(n.x - q.x, n.y - q.y));
		}
	});
	return closest;
}

function inside(nodes: readonly DetourNode[], link: DetourLink, detour: number, frame: Box) {
	const a = nodes[link.a]!;
	const b = nodes[link.b]!;
	const curve = bentCurve(a, b, a.id < b.id, link.offset, detour);
	return SAMPLES.every((t) => {
		const p = curvePoint(curve, t);
		return p.x >= frame.left && p.x <= frame.right && p.y >= frame.top && p.y <= frame.bottom;
	});
}

/**
 * The bend of each line that needs one, by link id. `clear`: how far from a marker's centre a
 * line must pass, px; `frames`: where the line must stay, in order of preference.
 */
export function detours(
	nodes: readonly DetourNode[],
	links: readonly DetourLink[],
	clear: number,
	frames: readonly Box[]
): Record<string, number> {
	const bends: Record<string, number> = {};
	for (const link of links) {
		if (nearest(nodes, link, 0) >= clear) continue;
		// The smallest bow that clears every marker within the first frame, else the next;
		// failing that, the one that comes closest.
		let best = 0;
		let bestDistance = nearest(nodes, link, 0);
		search: for (const frame of frames) {
			for (const bow of BOWS) {
				if (!inside(nodes, link, bow, frame)) continue;
				const distance = nearest(nodes, link, bow);
				if (distance >= clear) {
					best = bow;
					break search;
				}
				if (distance > bestDistance) [best, bestDistance] = [bow, distance];
			}
		}
		if (best !== 0) bends[link.id] = best;
	}
	return bends;
}
