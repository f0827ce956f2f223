import { describe, expect, it } from 'vitest';
import type { Reaction } from '../model/schema';
import { alternateSides } from './reactionOrder';

const r = (id: string, kind: Reaction['kind']): Reaction =>
	({
		id,
		kind,
		name: id,
		role: 'r',
		where: 'w',
		date: '2025-11-25',
		status: 'documented',
		sources: ['s']
	}) as Reaction;

describe('alternateSides', () => {
	it('alternates criticism and answers, each in data order', () => {
		const order = alternateSides([
			r('a', 'reaction'),
			r('b', 'reaction'),
			r('x', 'response'),
			r('y', 'denial'),
			r('c', 'reaction')
		]).map((x) => x.id);
		expect(order).toEqual(['a', 'x', 'b', 'y', 'c']);
	});
	it('keeps every item when one side is empty', () => {
		expect(alternateSides([r('x', 'denial'), r('y', 'response')]).map((x) => x.id)).toEqual([
			'x',
			'y'
		]);
	});
});
