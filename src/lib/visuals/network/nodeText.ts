/**
 * Words about nodes for people who do not see the picture, and the order in which the keyboard
 * visits them. Pure.
 */
import type { Entity } from '../../story/schema';
import type { LayoutKind } from './geometry';
import type { GraphModel, GraphNode } from './graphModel';

export const KIND_LABELS: Record<Entity['kind'], string> = {
	person: 'person',
	organisation: 'organisation'
};

export const GROUP_LABELS: Record<Entity['group'], string> = {
	us: 'U.S.',
	russia: 'Russia',
	ukraine: 'Ukraine',
	press: 'press',
	other: 'other'
};

/** Number of links a node has. */
export function linkCount(model: GraphModel, id: string): number {
	return model.edges.reduce(
		(sum, edge) => sum + (edge.a === id || edge.b === id ? edge.links.length : 0),
		0
	);
}

/** "Kirill Dmitriev, person, Russia, 9 links": the accessible name of a node's button. */
export function describeNode(node: GraphNode, model: GraphModel): string {
	const count = linkCount(model, node.id);
	const { name, kind, group } = node.entity;
	return `${name}, ${KIND_LABELS[kind]}, ${GROUP_LABELS[group]}, ${count} link${count === 1 ? '' : 's'}`;
}

/** Height of a reading row, percent of the frame: nodes this close read as one line. */
const ROW = 8;

/** Node ids in reading order for a layout: rows from the top, each row from the left. */
export function readingOrder(nodes: readonly GraphNode[], kind: LayoutKind): string[] {
	return [...nodes]
		.sort((a, b) => {
			const rowA = Math.floor(a[kind].y / ROW);
			const rowB = Math.floor(b[kind].y / ROW);
			return rowA - rowB || a[kind].x - b[kind].x || a.id.localeCompare(b.id);
		})
		.map((n) => n.id);
}
