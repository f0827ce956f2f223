import { describe, expect, it } from 'vitest';
import { isNodeMoveKey, nodeAfterKey } from './nodeText';

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
