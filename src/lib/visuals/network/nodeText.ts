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

/** Node ids in reading order for a layout: rows from the top, each row from the left. Ties go
 * by id as plain strings: ids are lowercase, digits and hyphens (ID_PATTERN), which sort the
 * same as with `localeCompare`, whose first call sets up the browser's collator (about 10 ms of
 * a graphic's first mount on a phone). */
export function readingOrder(nodes: readonly GraphNode[], kind: LayoutKind): string[] {
	return [...nodes]
		.sort((a, b) => {
			const rowA = Math.floor(a.at[kind].y / ROW);
			const rowB = Math.floor(b.at[kind].y / ROW);
			return rowA - rowB || a.at[kind].x - b.at[kind].x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
		})
		.map((n) => n.id);
}

/** What each key does in the explorer's roving tabindex, given the reading order and where the
 * focus is in it. */
const KEY_MOVES: Record<string, (order: readonly string[], at: number) => string | undefined> = {
	ArrowRight: (order, at) => order[at + 1],
	ArrowDown: (order, at) => order[at + 1],
	ArrowLeft: (order, at) => order[at - 1],
	ArrowUp: (order, at) => order[at - 1],
	Home: (order) => order[0],
	End: (order) => order[order.length - 1]
};

/** Whether a key moves between nodes (the explorer takes it; the page does not scroll). */
export const isNodeMoveKey = (key: string): boolean => Object.hasOwn(KEY_MOVES, key);

/** The node a key moves to from `id` in a reading order, or undefined at either end. */
export function nodeAfterKey(
	key: string,
	order: readonly string[],
	id: string
): string | undefined {
	return isNodeMoveKey(key) ? KEY_MOVES[key]!(order, order.indexOf(id)) : undefined;
}
