/**
 * The network as the component draws it: nodes with their two placements, and edges, one per
 * pair of connected entities (two links between the same two people share one line). Pure.
 */
import type { Entity, Link } from '../../story/schema';
import { FRAMES, nodeLabel } from './geometry';
import type { NetworkLayouts, NodePlacement } from './layoutTypes';

export interface GraphNode {
	id: string;
	entity: Entity;
	/** The words on the node. */
	label: string;
	wide: NodePlacement;
	narrow: NodePlacement;
}

export interface GraphEdge {
	/** `a~b`, the two entity ids in the order of their first link. */
	id: string;
	a: string;
	b: string;
	/** The links between a and b, in data order. */
	links: Link[];
}

export interface GraphModel {
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** Node by id. */
	node: ReadonlyMap<string, GraphNode>;
}

/**
 * A stand-in layout (a circle), for a network drawn without the build-time layout, so that the
 * component never fails. Labels are not kept apart; the build always supplies a real layout.
 */
export function circleLayouts(entities: readonly Pick<Entity, 'id'>[]): NetworkLayouts {
	const place = (i: number): NodePlacement => {
		const angle = (i / Math.max(1, entities.length)) * 2 * Math.PI - Math.PI / 2;
		const round = (v: number) => Math.round(v * 100) / 100;
		return {
			x: round(50 + 38 * Math.cos(angle)),
			y: round(50 + 38 * Math.sin(angle)),
			w: 0,
			side: 'below'
		};
	};
	const nodes = Object.fromEntries(entities.map((e, i) => [e.id, place(i)]));
	return { wide: { ...FRAMES.wide, nodes }, narrow: { ...FRAMES.narrow, nodes } };
}

export function graphModel(
	entities: readonly Entity[],
	links: readonly Link[],
	layouts: NetworkLayouts
): GraphModel {
	const nodes: GraphNode[] = [];
	for (const entity of entities) {
		const wide = layouts.wide.nodes[entity.id];
		const narrow = layouts.narrow.nodes[entity.id];
		if (!wide || !narrow) continue;
		nodes.push({ id: entity.id, entity, label: nodeLabel(entity), wide, narrow });
	}
	const node = new Map(nodes.map((n) => [n.id, n]));

	const byPair = new Map<string, GraphEdge>();
	for (const link of links) {
		if (!node.has(link.from) || !node.has(link.to) || link.from === link.to) continue;
		const key = [link.from, link.to].sort().join('~');
		const edge = byPair.get(key);
		if (edge) edge.links.push(link);
		else
			byPair.set(key, { id: `${link.from}~${link.to}`, a: link.from, b: link.to, links: [link] });
	}
	return { nodes, edges: [...byPair.values()], node };
}
