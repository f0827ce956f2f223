/**
 * Where each node of a network sits: computed once, at build time, and shipped as numbers.
 *
 * A force simulation (d3-force) runs from fixed starting positions for a fixed number of
 * ticks, with a fixed random source, so the same entities and links always give the same
 * positions. The forces pull each side of the story (U.S., Russia, Ukraine…) towards its own
 * region, keep linked nodes close, and push the boxes of node labels apart; a final pass
 * separates any boxes that still touch. It runs twice: for a wide frame and for a phone.
 *
 * Build time only: nothing here may be imported by a component (the reader's browser gets
 * the result through page data, typed by `layoutTypes.ts`).
 */
import {
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3-force';
import type { Entity, Link } from '../../story/schema.js';
import {
	FRAMES,
	LABEL,
	TYPOGRAPHY,
	labelHeight,
	nodeBox,
	nodeLabel,
	type Box,
	type LabelSide,
	type LayoutKind
} from './geometry.js';
import type { NetworkLayout, NetworkLayouts } from './layoutTypes.js';
import { textWidth } from './textWidth.js';

type LayoutEntity = Pick<Entity, 'id' | 'name' | 'short' | 'group'>;
type LayoutLink = Pick<Link, 'from' | 'to'>;

interface SimNode extends SimulationNodeDatum {
	id: string;
	side: LabelSide;
	box: Box;
	anchorX: number;
	anchorY: number;
	x: number;
	y: number;
}

/** The sides of a story, in the order they read from left to right. */
const GROUP_ORDER: Entity['group'][] = ['us', 'russia', 'ukraine', 'press', 'other'];

/** Most a link of the shape (30 units long) is stretched to fill the frame. */
const MAX_STRETCH: Record<LayoutKind, number> = { wide: 6, narrow: 4 };

/** Space kept between label boxes, px. */
const FORCES: Record<LayoutKind, { gap: number }> = {
	wide: { gap: 10 },
	narrow: { gap: 5 }
};

/** Space kept free around the frame's edge, px. */
const EDGE = 4;
const TICKS = 400;
const SEPARATION_PASSES = 300;

/** A deterministic random source (the LCG d3-force uses by default), for its jiggle. */
function seededRandom(seed = 1): () => number {
	let s = seed;
	return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** Pushes apart every two node boxes that overlap (with `gap` px between them). */
function separate(nodes: SimNode[], gap: number, strength: number): number {
	let overlaps = 0;
	for (let i = 0; i < nodes.length; i++) {
		const a = nodes[i]!;
		for (let j = i + 1; j < nodes.length; j++) {
			const b = nodes[j]!;
			const ox =
				Math.min(a.x + a.box.right, b.x + b.box.right) -
				Math.max(a.x + a.box.left, b.x + b.box.left) +
				gap;
			const oy =
				Math.min(a.y + a.box.bottom, b.y + b.box.bottom) -
				Math.max(a.y + a.box.top, b.y + b.box.top) +
				gap;
			if (ox <= 0 || oy <= 0) continue;
			overlaps++;
			// Move along the axis that needs the smaller move; ties go by order, not by chance.
			if (ox < oy) {
				const d = (ox / 2) * strength * (a.x < b.x || (a.x === b.x && i < j) ? 1 : -1);
				a.x -= d;
				b.x += d;
			} else {
				const d = (oy / 2) * strength * (a.y < b.y || (a.y === b.y && i < j) ? 1 : -1);
				a.y -= d;
				b.y += d;
			}
		}
	}
	return overlaps;
}

/** Where labels may go, in order of preference: below on wide frames, beside on phones. */
const SIDES: Record<LayoutKind, LabelSide[]> = {
	wide: ['below', 'right', 'left'],
	narrow: ['right', 'left', 'below']
};

/** Area of the part of `a` (at ax, ay) that overlaps `b` (at bx, by). */
function overlapArea(a: Box, ax: number, ay: number, b: Box, bx: number, by: number): number {
	const w = Math.min(ax + a.right, bx + b.right) - Math.max(ax + a.left, bx + b.left);
	const h = Math.min(ay + a.bottom, by + b.bottom) - Math.max(ay + a.top, by + b.top);
	return w > 0 && h > 0 ? w * h : 0;
}

/** Area of a box that falls outside the frame. */
function outsideArea(box: Box, x: number, y: number, width: number, height: number): number {
	const w = box.right - box.left;
	const h = box.bottom - box.top;
	const inW = Math.max(0, Math.min(x + box.right, width) - Math.max(x + box.left, 0));
	const inH = Math.max(0, Math.min(y + box.bottom, height) - Math.max(y + box.top, 0));
	return w * h - inW * inH;
}

/**
 * Chooses each label's side: the one whose box overlaps the fewest other boxes and stays in
 * the frame, preferring the first side of SIDES. A few greedy rounds, in entity order.
 */
function placeLabels(
	nodes: SimNode[],
	widths: number[],
	kind: LayoutKind,
	width: number,
	height: number
) {
	const PREFERENCE = 40;
	for (let round = 0; round < 4; round++) {
		let changed = false;
		nodes.forEach((n, i) => {
			let best = n.side;
			let bestCost = Infinity;
			SIDES[kind].forEach((side, rank) => {
				const box = nodeBox(kind, widths[i]!, side);
				let cost = rank * PREFERENCE + 3 * outsideArea(box, n.x, n.y, width, height);
				for (const other of nodes) {
					if (other !== n) cost += overlapArea(box, n.x, n.y, other.box, other.x, other.y);
				}
				if (cost < bestCost) {
					bestCost = cost;
					best = side;
				}
			});
			if (best !== n.side) {
				n.side = best;
				n.box = nodeBox(kind, widths[i]!, best);
				changed = true;
			}
		});
		if (!changed) break;
	}
}

/** Keeps every box inside the frame. */
function confine(nodes: SimNode[], width: number, height: number) {
	for (const n of nodes) {
		n.x = Math.min(Math.max(n.x, EDGE - n.box.left), width - EDGE - n.box.right);
		n.y = Math.min(Math.max(n.y, EDGE - n.box.top), height - EDGE - n.box.bottom);
	}
}

const round = (value: number, digits = 2) => {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
};

/**
 * The shape of the network, before any frame: a plain force layout (links pull, nodes repel)
 * from d3's fixed phyllotaxis start, then turned so that the first side of the story (U.S.)
 * sits left of the second (Russia). Returns positions in arbitrary units.
 */
function untangle(
	entities: readonly LayoutEntity[],
	links: readonly LayoutLink[],
	upright: boolean
) {
	const nodes = entities.map(
		(e) =>
			({ id: e.id, group: e.group }) as SimulationNodeDatum & {
				id: string;
				group: Entity['group'];
			}
	);
	const ids = new Set(nodes.map((n) => n.id));
	const simLinks = links
		.filter((l) => ids.has(l.from) && ids.has(l.to))
		.map((l) => ({ source: l.from, target: l.to }));
	const simulation = forceSimulation(nodes)
		.randomSource(seededRandom())
		.force(
			'link',
			forceLink<(typeof nodes)[number], SimulationLinkDatum<(typeof nodes)[number]>>(simLinks)
				.id((n) => n.id)
				.distance(30)
		)
		.force('charge', forceManyBody().strength(-60))
		.force('x', forceX(0).strength(0.04))
		.force('y', forceY(0).strength(0.04))
		.stop();
	simulation.tick(TICKS);

	// Turn the picture so that its long axis runs along the frame's long axis, then mirror it
	// so that the first side of the story (GROUP_ORDER) comes first: left, or on top.
	const n = nodes.length;
	const mx = nodes.reduce((s, d) => s + d.x!, 0) / n;
	const my = nodes.reduce((s, d) => s + d.y!, 0) / n;
	let sxx = 0;
	let syy = 0;
	let sxy = 0;
	for (const d of nodes) {
		sxx += (d.x! - mx) ** 2;
		syy += (d.y! - my) ** 2;
		sxy += (d.x! - mx) * (d.y! - my);
	}
	const principal = 0.5 * Math.atan2(2 * sxy, sxx - syy);
	const angle = upright ? principal - Math.PI / 2 : principal;
	const cos = Math.cos(-angle);
	const sin = Math.sin(-angle);
	const turned = new Map(
		nodes.map((d) => {
			const x = d.x! - mx;
			const y = d.y! - my;
			return [d.id, [x * cos - y * sin, x * sin + y * cos]] as [string, [number, number]];
		})
	);
	const axis = upright ? 1 : 0;
	const meanAlong = (group: Entity['group']) => {
		const members = nodes.filter((d) => d.group === group);
		return members.length === 0
			? undefined
			: members.reduce((s, d) => s + turned.get(d.id)![axis], 0) / members.length;
	};
	const [first, second] = GROUP_ORDER.map(meanAlong).filter((m) => m !== undefined);
	if (first !== undefined && second !== undefined && first > second) {
		for (const point of turned.values()) point[axis] = -point[axis];
	}
	return turned;
}

/** One layout of the network for frames of the given kind. */
export function layoutNetwork(
	entities: readonly LayoutEntity[],
	links: readonly LayoutLink[],
	kind: LayoutKind
): NetworkLayout {
	const { width, height } = FRAMES[kind];
	const { font } = TYPOGRAPHY[kind];
	const { gap } = FORCES[kind];
	const shape = untangle(entities, links, height > width);

	// Stretch the shape to fill the frame; markers may reach its edges, labels are placed next.
	const widths = entities.map((e) => Math.ceil(textWidth(nodeLabel(e), font) + 2 * LABEL.padX));
	const xs = [...shape.values()].map(([x]) => x);
	const ys = [...shape.values()].map(([, y]) => y);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	// A small network is not blown up to the frame's edges: links stay at most MAX_STRETCH
	// times their length in the shape.
	const inset = EDGE + TYPOGRAPHY[kind].marker / 2;
	const fit = (v: number, lo: number, hi: number, from: number, to: number) => {
		const scale = Math.min(MAX_STRETCH[kind], hi === lo ? 0 : (to - from) / (hi - lo));
		return (from + to) / 2 + (v - (lo + hi) / 2) * scale;
	};
	const nodes: SimNode[] = entities.map((entity, i) => {
		const [sx, sy] = shape.get(entity.id)!;
		const x = fit(sx, minX, maxX, inset, width - inset);
		const y = fit(sy, minY, maxY, inset, height - inset - labelHeight(font));
		const side = SIDES[kind][0]!;
		return {
			id: entity.id,
			side,
			box: nodeBox(kind, widths[i]!, side),
			anchorX: x,
			anchorY: y,
			x,
			y
		};
	});
	placeLabels(nodes, widths, kind, width, height);

	// Push the label boxes apart, each node held near where the shape put it.
	const settle = forceSimulation(nodes)
		.randomSource(seededRandom())
		.force('x', forceX<SimNode>((n) => n.anchorX).strength(0.05))
		.force('y', forceY<SimNode>((n) => n.anchorY).strength(0.05))
		.force('boxes', () => separate(nodes, gap, 0.5))
		.stop();
	for (let t = 0; t < TICKS; t++) {
		settle.tick();
		confine(nodes, width, height);
	}
	// Whatever still touches is pushed apart without the other forces.
	for (let pass = 0; pass < SEPARATION_PASSES; pass++) {
		const overlaps = separate(nodes, gap, 1);
		confine(nodes, width, height);
		if (overlaps === 0) break;
	}

	const placed: NetworkLayout['nodes'] = {};
	for (const n of nodes) {
		placed[n.id] = {
			x: round((n.x / width) * 100),
			y: round((n.y / height) * 100),
			w: widths[nodes.indexOf(n)]!,
			side: n.side
		};
	}
	return { width, height, nodes: placed };
}

/** Both layouts of a network: wide (desktop) and narrow (phones). */
export function layoutNetworks(
	entities: readonly LayoutEntity[],
	links: readonly LayoutLink[]
): NetworkLayouts {
	return {
		wide: layoutNetwork(entities, links, 'wide'),
		narrow: layoutNetwork(entities, links, 'narrow')
	};
}
