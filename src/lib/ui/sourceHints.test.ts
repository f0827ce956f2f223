import { describe, expect, it } from 'vitest';
import { sourceHints, titleStart } from './sourceHints';

describe('titleStart', () => {
	it.each([
		['Scoop: U.S. secretly drafting new plan', 3, 'Scoop: U.S. secretly…'],
		['Three words only', 3, 'Three words only'],
		['Two  spaced', 3, 'Two spaced']
	])('%s, %i words: %s', (title, count, start) => {
		expect(titleStart(title, count)).toBe(start);
	});
});

describe('sourceHints', () => {
	const source = (title: string) => ({ title });
	it.each([
		{
			what: 'labels all different: no hint',
			titles: ['A report', 'Another report'],
			labels: ['Axios, Nov. 18, 2025', 'Reuters, Nov. 26, 2025'],
			hints: [undefined, undefined]
		},
		{
			what: 'two alike: each gets the start of its title',
			titles: ['First report of a 28-point U.S. plan', 'Scoop: U.S. secretly drafting new plan'],
			labels: ['Axios, Nov. 18, 2025', 'Axios, Nov. 18, 2025'],
			hints: ['First report of…', 'Scoop: U.S. secretly…']
		},
		{
			what: 'titles that start alike: as many words as tell them apart',
			titles: [
				'Peace plan for Ukraine traced to Russia',
				'Peace plan for Ukraine based on a paper'
			],
			labels: ['Reuters, Nov. 26, 2025', 'Reuters, Nov. 26, 2025'],
			hints: ['Peace plan for Ukraine traced…', 'Peace plan for Ukraine based…']
		},
		{
			what: 'only the alike ones, among others',
			titles: ['One copy of it', 'A paper', 'Another copy of it'],
			labels: ['Reuters', 'Axios', 'Reuters'],
			hints: ['One copy of…', undefined, 'Another copy of…']
		},
		{
			what: 'the same title twice: the whole title, the most that can be done',
			titles: ['Same title here again', 'Same title here again'],
			labels: ['AP', 'AP'],
			hints: ['Same title here again', 'Same title here again']
		}
	])('$what', ({ titles, labels, hints }) => {
		expect(sourceHints(titles.map(source), labels)).toEqual(hints);
	});
});
