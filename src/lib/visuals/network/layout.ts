/**
 * Where each node of a network sits: computed once, at build time, and shipped as numbers.
 *
 * A force simulation (d3-force) with a fixed start and a fixed random source finds the shape of
 * the network, turned so that its long axis runs along the frame's and its first group comes
 * first (left, or on top). The shape is stretched into each kind of frame, then refined in the
 * frame's pixels (`refine.ts`): every label keeps clear of the others, no line runs through a
 * node it does not join, and each line keeps room on its middle for its words.
 *
 * Node only: nothing here may be imported by a component (the reader's browser gets the result
 * as page data, typed by `layoutTypes.ts`).
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
import { FADE, FRAMES, LABEL, LAYOUT_KINDS, type LayoutKind } from './geometry.js';
import { linkId, pairOffsets } from './curves.js';
import { detours } from './detours.js';
import type { NetworkLayout, NetworkLayouts } from './layoutTypes.js';
import { refine, type RefineLink, type RefineNode } from './refine.js';
import { lineStyle, textWidth } from '../textMetrics.js';
import type { NetworkLink, NetworkNode } from './types.js';

export type LayoutNode = Pick<NetworkNode, 'id' | 'label' | 'group'>;
export type LayoutLink = Pick<NetworkLink, 'id' | 'source' | 'target' | 'label'>;

export interface LayoutOptions {
	/**
	 * Ids of the links whose words must fit on the whole picture, unzoomed: the ones a step
	 * highlights while showing the whole network. Every other line makes room for its words
	 * where it easily can (a closer view lengthens lines, and the picture makes room then).
	 */
	whole?: readonly string[];
	/**
	 * Ids of the links each step highlights, one list a step: of two lines in one list that
	 * leave the same node, the layout turns the far ends apart until both middles have room
	 * for their words (`refine.ts`).
	 */
	together?: readonly (readonly string[])[];
	/** Ids of the nodes drawn towards the middle of the picture: the story's main actors. */
	center?: readonly string[];
}

const TICKS = 400;

/** Most a link of the shape (30 units long) is stretched to fill the frame. */
const MAX_STRETCH: Record<LayoutKind, number> = { narrow: 4, landscape: 6, wide: 6 };

/** A deterministic random source (the LCG d3-force uses by default), for its jiggle. */
export function seededRandom(seed = 1): () => number {
	let s = seed;
	return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

type ShapeNode = SimulationNodeDatum & { id: string; group: string };

/**
 * The order of the groups along the picture's long axis: the one that keeps groups with many
 * links between them next to each other (every order is tried, up to seven groups). Of two
 * equally good orders, the one that puts groups that appear first in the data first.
 */
export function groupOrder(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): string[] {
	const groups = [...new Set(nodes.map((n) => n.group ?? ''))];
	if (groups.length < 3 || groups.length > 7) return groups;
	const groupOf = new Map(nodes.map((n) => [n.id, groups.indexOf(n.group ?? '')]));
	const weight = groups.map(() => groups.map(() => 0));
	for (const l of links) {
		const a = groupOf.get(l.source);
		const b = groupOf.get(l.target);
		if (a !== undefined && b !== undefined && a !== b) {
			weight[a]![b]!++;
			weight[b]![a]!++;
		}
	}
	let best = groups.map((_, i) => i);
	let bestKey: number[] | undefined;
	const permute = (order: number[], rest: number[]) => {
		if (rest.length > 0) {
			rest.forEach((g, i) => permute([...order, g], [...rest.slice(0, i), ...rest.slice(i + 1)]));
			return;
		}
		const position = order.map((_, g) => order.indexOf(g));
		let cost = 0;
		for (let a = 0; a < groups.length; a++)
			for (let b = a + 1; b < groups.length; b++)
				cost += weight[a]![b]! * Math.abs(position[a]! - position[b]!);
		// Cost first, then the position of each group in order of appearance.
		const key = [cost, ...position];
		const differs = bestKey ? key.findIndex((v, i) => v !== bestKey![i]) : -1;
		const better = differs >= 0 && key[differs]! < bestKey![differs]!;
		if (!bestKey || better) [best, bestKey] = [order, key];
	};
	permute(
		[],
		groups.map((_, i) => i)
	);
	return best.map((g) => groups[g]!);
}

/**
 * The shape of the network, before any frame: a force layout (links pull, nodes repel) from
 * d3's fixed phyllotaxis start, each group drawn towards its own stretch of the long axis, in
 * `groupOrder`. Along x, or along y when `upright`. Positions in arbitrary units.
 */
function untangle(
	nodes: readonly LayoutNode[],
	links: readonly LayoutLink[],
	upright: boolean,
	center: readonly string[]
): Map<string, [number, number]> {
	const sim: ShapeNode[] = nodes.map((n) => ({ id: n.id, group: n.group ?? '' }));
	const ids = new Set(sim.map((n) => n.id));
	const simLinks = links
		.filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target)
		.map((l) => ({ source: l.source, target: l.target }));
	// Each group gets a stretch of the axis as long as its size needs, in order.
	const order = groupOrder(nodes, links);
	const size = (g: string) => sim.filter((n) => n.group === g).length;
	const spans = order.map((g) => 20 + 22 * Math.sqrt(size(g)));
	const total = spans.reduce((a, b) => a + b, 0);
	const anchor = new Map(
		order.map((g, i) => [
			g,
			spans.slice(0, i).reduce((a, b) => a + b, 0) + spans[i]! / 2 - total / 2
		])
	);
	forceSimulation(sim)
		.randomSource(seededRandom())
		.force(
			'link',
			forceLink<ShapeNode, SimulationLinkDatum<ShapeNode>>(simLinks)
				.id((n) => n.id)
				.distance(30)
				.strength(0.3)
		)
		.force('charge', forceManyBody().strength(-80))
		.force(
			'x',
			forceX<ShapeNode>((n) => (center.includes(n.id) ? 0 : (anchor.get(n.group) ?? 0))).strength(
				(n) => (center.includes(n.id) ? 0.4 : order.length > 1 ? 0.25 : 0.04)
			)
		)
		.force(
			'y',
			forceY<ShapeNode>(0).strength((n) => (center.includes(n.id) ? 0.3 : 0.05))
		)
		.stop()
		.tick(TICKS);
	return new Map(sim.map((d) => [d.id, upright ? [d.y!, d.x!] : [d.x!, d.y!]]));
}

const round = (value: number) => Math.round(value * 100) / 100;

/** One layout of the network for frames of the given kind. */
export function layoutNetwork(
	nodes: readonly LayoutNode[],
	links: readonly LayoutLink[],
	kind: LayoutKind,
	options: LayoutOptions = {}
): NetworkLayout {
	const { width, height, font, linkFont, marker } = FRAMES[kind];
	if (nodes.length === 0) return { width, height, nodes: {} };
	const shape = untangle(nodes, links, kind === 'narrow', options.center ?? []);

	// Stretch the shape into the frame; a small network is not blown up to its edges.
	const xs = [...shape.values()].map(([x]) => x);
	const ys = [...shape.values()].map(([, y]) => y);
	const inset = FADE + marker;
	const fit = (v: number, lo: number, hi: number, from: number, to: number) => {
		const scale = Math.min(MAX_STRETCH[kind], hi === lo ? 0 : (to - from) / (hi - lo));
		return (from + to) / 2 + (v - (lo + hi) / 2) * scale;
	};
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const start: RefineNode[] = nodes.map((node) => {
		const [sx, sy] = shape.get(node.id)!;
		return {
			id: node.id,
			w: Math.ceil(textWidth(node.label, lineStyle(font)) + 2 * LABEL.padX),
			x: fit(sx, minX, maxX, inset + 20, width - inset - 20),
			y: fit(sy, minY, maxY, inset + 10, height - inset - 10)
		};
	});
	const index = new Map(nodes.map((n, i) => [n.id, i]));
	const drawn = links
		.map((l, i) => ({ ...l, id: linkId(l, i) }))
		.filter((l) => index.has(l.source) && index.has(l.target) && l.source !== l.target);
	const refineLinks: RefineLink[] = drawn.map((l) => ({
		a: index.get(l.source)!,
		b: index.get(l.target)!,
		// Room for the words, their padding and border, and a note's number.
		room: l.label ? textWidth(l.label, lineStyle(linkFont)) + 2 * LABEL.padX + 10 : 0,
		priority: options.whole?.includes(l.id) ?? false
	}));
	const groups = (options.together ?? []).map((ids) =>
		drawn.flatMap((l, i) => (ids.includes(l.id) ? [i] : []))
	);
	const placed = refine(start, refineLinks, kind, groups);
	const offsets = pairOffsets(drawn);
	const bends = detours(
		placed,
		refineLinks.map((l, i) => ({ id: drawn[i]!.id, a: l.a, b: l.b, offset: offsets[i]! })),
		marker / 2 + 4,
		// A bent line keeps room for its words (half their height) inside the frame, if it can.
		[2 * FADE, FADE].map((m) => ({ left: m, right: width - m, top: m, bottom: height - m }))
	);

	const out: NetworkLayout['nodes'] = {};
	placed.forEach((n) => {
		out[n.id] = {
			x: round((n.x / width) * 100),
			y: round((n.y / height) * 100),
			w: n.w,
			side: n.side
		};
	});
	const rounded = Object.fromEntries(Object.entries(bends).map(([id, b]) => [id, round(b)]));
	return Object.keys(rounded).length > 0
		? { width, height, nodes: out, bends: rounded }
		: { width, height, nodes: out };
}

/** Every kind of layout of a network: narrow (phones), landscape strips and wide frames. */
export function layoutNetworks(
	nodes: readonly LayoutNode[],
	links: readonly LayoutLink[],
	options: LayoutOptions = {}
): NetworkLayouts {
	return Object.fromEntries(
		LAYOUT_KINDS.map((kind) => [kind, layoutNetwork(nodes, links, kind, options)])
	) as NetworkLayouts;
}

// What a highlight shows beyond the positions, also worked out at build time.
export { networkPicture } from './pictures.js';
export type { NetworkPicture } from './layoutTypes.js';
