import { describe, expect, it } from 'vitest';
import { PARALLEL, bentCurve, curvePoint, curveTangent, linkId, pairOffsets } from './curves';

describe('pairOffsets', () => {
	it.each([
		['a pair’s only link runs straight', [['a', 'b']], [0]],
		[
			'two links of a pair bow apart, either way round',
			[
				['a', 'b'],
				['b', 'a']
			],
			[-0.5, 0.5]
		],
		[
			'three: one straight, two apart',
			[
				['a', 'b'],
				['a', 'b'],
				['a', 'b']
			],
			[-1, 0, 1]
		],
		[
			'other pairs keep their own count',
			[
				['a', 'b'],
				['c', 'd'],
				['a', 'b']
			],
			[-0.5, 0, 0.5]
		]
	] as const)('%s', (_name, pairs, expected) => {
		expect(pairOffsets(pairs.map(([source, target]) => ({ source, target })))).toEqual(expected);
	});
});

describe('bentCurve', () => {
	const a = { x: 0, y: 0 };
	const b = { x: 100, y: 0 };

	it('runs straight without an offset or a detour: the control point is the middle', () => {
		expect(bentCurve(a, b, true, 0)).toEqual({ a, c: { x: 50, y: 0 }, b });
	});

	it('bows the two links of a pair to opposite sides, by the parallel gap between them', () => {
		// Written either way round, the same pair gives the same two curves.
		const first = curvePoint(bentCurve(a, b, true, -0.5), 0.5);
		const second = curvePoint(bentCurve(b, a, false, 0.5), 0.5);
		expect(Math.abs(first.y - second.y)).toBeCloseTo(PARALLEL);
		expect(Math.sign(first.y)).toBe(-Math.sign(second.y));
		expect(first.x).toBeCloseTo(50);
	});

	it('bows a short line less, so it stays a line between its ends', () => {
		const short = curvePoint(bentCurve(a, { x: 20, y: 0 }, true, 0.5), 0.5);
		expect(Math.abs(short.y)).toBeCloseTo(20 / 4 / 2);
	});

	it('adds a detour in px at its middle', () => {
		expect(curvePoint(bentCurve(a, b, true, 0, 12), 0.5).y).toBeCloseTo(-12);
	});
});

describe('points on a curve', () => {
	const curve = { a: { x: 0, y: 0 }, c: { x: 50, y: 50 }, b: { x: 100, y: 0 } };

	it('starts and ends at its ends, and is symmetric about its middle', () => {
		expect(curvePoint(curve, 0)).toEqual(curve.a);
		expect(curvePoint(curve, 1)).toEqual(curve.b);
		expect(curvePoint(curve, 0.5)).toEqual({ x: 50, y: 25 });
		expect(curveTangent(curve, 0.5)).toEqual({ x: 100, y: 0 });
	});

	it('names a link without an id by its ends and its place', () => {
		expect(linkId({ source: 'a', target: 'b' }, 3)).toBe('a~b~3');
		expect(linkId({ id: 'x', source: 'a', target: 'b' }, 3)).toBe('x');
	});
});
