import { describe, expect, it } from 'vitest';
import { flowsInTiers } from './flowTiers';
import type { FlowLine } from './model';

const line = (id: string, y: number): FlowLine => ({
	id,
	d: `M0,${y}L0,${y + 10}`,
	box: { x: -1, y, w: 2, h: 10 },
	head: { x: 0, y: y + 10, heading: 'down', gap: 4 },
	reveal: 'down'
});

describe('flowsInTiers', () => {
	it.each([
		['no tier', [], []],
		[
			'one tier',
			[[line('a', 0), line('b', 20)]],
			[
				['a', [0]],
				['b', [0]]
			]
		],
		[
			'a flow in some tiers only, in the order flows first appear',
			[[line('a', 0)], [line('b', 5), line('a', 30)], [line('a', 40)]],
			[
				['a', [0, 1, 2]],
				['b', [1]]
			]
		]
	])('%s', (_case, tiers, expected) => {
		expect(flowsInTiers(tiers).map((f) => [f.id, f.in.map((l) => l.tier)])).toEqual(expected);
	});

	it('keeps each tier’s own line', () => {
		const [a] = flowsInTiers([[line('a', 0)], [line('a', 30)]]);
		expect(a!.in.map((l) => l.box.y)).toEqual([0, 30]);
	});
});
