/**
 * The network as the component draws it: nodes with a placement in each kind of layout, and
 * links, each with its own line. Two links between the same pair bow apart, symmetrically, so
 * that each keeps a line (and a label) of its own. Pure.
 */
import { circleLayouts, missingPositions } from './fallbackLayout.js';
import { FRAMES, LAYOUT_KINDS, type LayoutKind } from './geometry.js';
import type { NetworkLayouts, NodePlacement } from './layoutTypes.js';
import { bentCurve, linkId, pairOffsets, type Curve, type Point } from './curves.js';
import type { NetworkLink, NetworkNode } from './types.js';

export type { Curve, Point };

export interface GraphNode {
	id: string;
	label: string;
	/** Full name (the label when none is given). */
	name: string;
	group: string;
	shape: 'circle' | 'square';
	marker: 'filled' | 'dashed' | 'double';
	at: Record<LayoutKind, NodePlacement>;
}

export interface GraphLink {
	id: string;
	source: string;
	target: string;
	/** The words on the line when it is highlighted ('' for none). */
	label: string;
	type: string;
	line: 'solid' | 'dashed' | 'dotted';
	note?: string;
	/** How far the layout bends the line to pass a node, px (see layoutTypes.ts), per layout. */
	bend: Record<LayoutKind, number>;
	/**
	 * Which of the lines between its pair this is: 0 for a pair's only link; otherwise
	 * -0.5, +0.5 for two, -1, 0, +1 for three: how far its middle bows out, in PARALLEL units.
	 */
	offset: number;
}

export interface GraphModel {
	nodes: GraphNode[];
	links: GraphLink[];
	/** Node by id. */
	node: ReadonlyMap<string, GraphNode>;
	/** Ids of nodes the given positions had no place for (then all are placed on a circle). */
	missing: string[];
	/** Links left out: an end that is not a node, or both ends the same node. */
	dropped: string[];
}

export function graphModel(
	nodes: readonly NetworkNode[],
	links: readonly NetworkLink[],
	layouts?: Partial<NetworkLayouts>
): GraphModel {
	const missing = missingPositions(nodes, layouts);
	const placed = missing.length === 0 ? (layouts as NetworkLayouts) : circleLayouts(nodes);
	const graphNodes: GraphNode[] = nodes.map((n) => ({
		id: n.id,
		label: n.label,
		name: n.name ?? n.label,
		group: n.group ?? '',
		shape: n.shape ?? 'circle',
		marker: n.marker ?? 'filled',
		at: Object.fromEntries(LAYOUT_KINDS.map((k) => [k, placed[k].nodes[n.id]!])) as GraphNode['at']
	}));
	const node = new Map(graphNodes.map((n) => [n.id, n]));

	const dropped: string[] = [];
	const kept: GraphLink[] = [];
	links.forEach((link, i) => {
		const id = linkId(link, i);
		if (!node.has(link.source) || !node.has(link.target) || link.source === link.target) {
			dropped.push(id);
			return;
		}
		kept.push({
			id,
			source: link.source,
			target: link.target,
			label: link.label ?? '',
			type: link.type ?? '',
			line: link.line ?? 'solid',
			note: link.note,
			bend: Object.fromEntries(
				LAYOUT_KINDS.map((k) => [k, missing.length === 0 ? (placed[k].bends?.[id] ?? 0) : 0])
			) as GraphLink['bend'],
			offset: 0
		});
	});
	// Links between the same pair, whichever way round, share out the offsets.
	pairOffsets(kept).forEach((offset, i) => (kept[i]!.offset = offset));
	return { nodes: graphNodes, links: kept, node, missing, dropped };
}

/** Where a node sits in one layout, px. */
export function nodePoint(node: GraphNode, kind: LayoutKind): Point {
	const { width, height } = FRAMES[kind];
	return { x: (node.at[kind].x / 100) * width, y: (node.at[kind].y / 100) * height };
}

/**
 * The line of a link in one layout. Its middle bows out by `offset × PARALLEL` px (less on a
 * short line), to the left of the pair's direction from its first id to its second, so two
 * links of a pair part ways.
 */
export function linkCurve(model: GraphModel, link: GraphLink, kind: LayoutKind): Curve {
	const a = nodePoint(model.node.get(link.source)!, kind);
	const b = nodePoint(model.node.get(link.target)!, kind);
	return bentCurve(a, b, link.source < link.target, link.offset, link.bend[kind]);
}
