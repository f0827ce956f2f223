import { describe, expect, it } from 'vitest';
import type { GraphNode } from './graphModel';
import { isNodeMoveKey, nodeAfterKey, readingOrder } from './nodeText';

/** A node at (x, y) in the narrow layout: all readingOrder reads. */
const at = (id: string, x: number, y: number) =>
	({ id, at: { narrow: { x, y } } }) as unknown as GraphNode;

describe('readingOrder', () => {
	it.each([
		['rows from the top', [at('low', 10, 50), at('high', 90, 5)], ['high', 'low']],
		['a row from the left', [at('right', 80, 20), at('left', 10, 22)], ['left', 'right']],
		[
			'ties by id, hyphens and digits before letters',
			[at('ab', 50, 50), at('a-b', 50, 50), at('a2', 50, 50), at('a', 50, 50)],
			['a', 'a-b', 'a2', 'ab']
		]
	])('%s', (_what, nodes, expected) => {
		expect(readingOrder(nodes, 'narrow')).toEqual(expected);
	});
});

describe('the explorer’s keys', () => {
	const order = ['a', 'b', 'c'];
	it.each([
		['ArrowRight', 'b', 'c'],
		['ArrowDown', 'b', 'c'],
		['ArrowLeft', 'b', 'a'],
		['ArrowUp', 'b', 'a'],
		['Home', 'c', 'a'],
		['End', 'a', 'c'],
		['ArrowRight', 'c', undefined],
		['ArrowLeft', 'a', undefined],
		['Enter', 'a', undefined]
	] as const)('%s from %s goes to %s', (key, from, to) => {
		expect(nodeAfterKey(key, order, from)).toBe(to);
	});

	it('takes the moving keys only', () => {
		expect(['Home', 'End', 'ArrowUp'].every(isNodeMoveKey)).toBe(true);
		expect(['Tab', 'Enter', 'Escape', ' ', 'toString'].some(isNodeMoveKey)).toBe(false);
	});
});
