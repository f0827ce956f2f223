/**
 * Words about nodes for people who do not see the picture, and the order in which the keyboard
 * visits them. Pure.
 */
import type { LayoutKind } from './geometry';
import type { GraphModel, GraphNode } from './graphModel';

/** Number of links a node has. */
export function linkCount(model: GraphModel, id: string): number {
	return model.links.filter((l) => l.source === id || l.target === id).length;
}

/** "Kirill Dmitriev, Russia, 9 links": the accessible name of a node's button. */
export function describeNode(
	node: GraphNode,
	model: GraphModel,
	groupName: (group: string) => string
): string {
	const count = linkCount(model, node.id);
	const group = node.group ? `${groupName(node.group)}, ` : '';
	return `${node.name}, ${group}${count} link${count === 1 ? '' : 's'}`;
}

/** Height of a reading row, percent of the frame: nodes this close read as one line. */
const ROW = 8;

/** Node ids in reading order for a layout: rows from the top, each row from the left. */
export function readingOrder(nodes: readonly GraphNode[], kind: LayoutKind): string[] {
	return [...nodes]
		.sort((a, b) => {
			const rowA = Math.floor(a.at[kind].y / ROW);
			const rowB = Math.floor(b.at[kind].y / ROW);
			return rowA - rowB || a.at[kind].x - b.at[kind].x || a.id.localeCompare(b.id);
		})
		.map((n) => n.id);
}
