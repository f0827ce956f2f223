import { describe, expect, it } from 'vitest';
import { flowLoops } from './flowChecks';

const flows = (...pairs: string[]) =>
	pairs.map((pair, i) => {
		const [from, to] = pair.split('>') as [string, string];
		return { id: `f${i}`, from, to };
	});

describe('flowLoops', () => {
	it('accepts flows that lead forward, branching and joining', () => {
		expect(flowLoops(flows('a>b', 'b>c', 'a>c', 'c>d', 'b>d'))).toEqual([]);
	});

	it('refuses a flow from a stage to itself', () => {
		expect(flowLoops(flows('a>b', 'b>b'))).toEqual([
			{
				index: 1,
				message: '"b" is the stage the flow starts from; a flow goes from one stage to another'
			}
		]);
	});

	it('refuses a loop once, at the flow that closes it, naming the stages', () => {
		expect(flowLoops(flows('a>b', 'b>c', 'c>a', 'c>d'))).toEqual([
			{
				index: 2,
				message:
					'"a" closes a loop (a → b → c → a); flows must lead forward, from earlier stages to later ones'
			}
		]);
		expect(flowLoops(flows('a>b', 'b>a')).map((p) => p.index)).toEqual([1]);
	});

	it('finds two separate loops', () => {
		expect(flowLoops(flows('a>b', 'b>a', 'c>d', 'd>c')).map((p) => p.index)).toEqual([1, 3]);
	});
});
