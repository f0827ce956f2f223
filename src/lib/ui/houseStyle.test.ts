import { describe, expect, it } from 'vitest';
import {
	describeProblem,
	houseStyleProblems,
	quotationSpans,
	statusWordProblems
} from './houseStyle';

/** "rule found→fix" for each problem, to compare as one line. */
const found = (text: string, verbatim = false) =>
	houseStyleProblems(text, { verbatim }).map((p) => `${p.rule} ${p.found}→${p.fix}`);

describe('houseStyleProblems: dates', () => {
	it.each([
		// In style
		['On Oct. 14, 2025, they spoke.', []],
		['From Oct. 24 to 26; Oct. 24–26; Oct. 30–Nov. 2.', []],
		['Sept. 30, March 3, April 1, May 9, June 30, July 4, Aug. 1, Dec. 24.', []],
		['In November 2025, and in late January, and in May.', []],
		// Out of style
		['Oct 14', ['date Oct 14→Oct. 14']],
		['Nov 25, 2025', ['date Nov 25→Nov. 25']],
		['October 14', ['date October 14→Oct. 14']],
		[
			'Sep. 5 and Sept 6 and Sep 7',
			['date Sep. 5→Sept. 5', 'date Sept 6→Sept. 6', 'date Sep 7→Sept. 7']
		],
		[
			'Mar. 3, Apr 1, Jun 30, Jul. 4',
			['date Mar. 3→March 3', 'date Apr 1→April 1', 'date Jun 30→June 30', 'date Jul. 4→July 4']
		],
		['Oct. 14th', ['date Oct. 14th→Oct. 14']],
		['on 14 October', ['date 14 October→Oct. 14']],
		['Late Jan.', ['date Jan.→January']],
		['Nov. 2025', ['date Nov.→November']],
		['Oct 24–26', ['date Oct 24→Oct. 24']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it('does not read times, years or other numbers as days', () => {
		expect(found('May 2025 and Oct. 14 at 10:30')).toEqual([]);
		expect(found('Highlighted, Oct. 29: the call')).toEqual([]);
		expect(found('the 20-point plan, Unit 29155, 28 points')).toEqual([]);
	});
});

describe('houseStyleProblems: quotation marks and apostrophes', () => {
	it.each([
		['He said “yes” and it’s over.', []],
		['‘K’ and ’90s', []],
		['He said "yes".', ['quotes "→“', 'quotes "→”']],
		["Putin's aide", ["quotes '→’"]],
		["a 'scare' quote", ["quotes '→‘", "quotes '→’"]]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it('applies inside verbatim quotations too: the marks are ours, not the speaker’s', () => {
		expect(found("it's all informal", true)).toEqual(["quotes '→’"]);
	});
});

describe('houseStyleProblems: U.S. spelling', () => {
	it.each([
		['we summarise it', 'spelling summarise→summarize'],
		['an organisation', 'spelling organisation→organization'],
		['Organisation', 'spelling Organisation→Organization'],
		['in defence of', 'spelling defence→defense'],
		['the colour key', 'spelling colour→color'],
		['her favourite', 'spelling favourite→favorite'],
		['travelled to Miami', 'spelling travelled→traveled'],
		['labelled lines', 'spelling labelled→labeled'],
		['analysed', 'spelling analysed→analyzed'],
		['the centre', 'spelling centre→center'],
		['centred', 'spelling centred→centered'],
		['a programme', 'spelling programme→program'],
		['grey lines', 'spelling grey→gray'],
		['towards Kyiv', 'spelling towards→toward'],
		['whilst', 'spelling whilst→while'],
		['judgement', 'spelling judgement→judgment'],
		['he learnt', 'spelling learnt→learned'],
		['spelt', 'spelling spelt→spelled'],
		['criticised', 'spelling criticised→criticized'],
		['recognising', 'spelling recognising→recognizing'],
		['prioritise', 'spelling prioritise→prioritize'],
		['fulfilment', 'spelling fulfilment→fulfillment']
	])('%s', (text, expected) => {
		expect(found(text)).toEqual([expected]);
	});

	it.each([
		'criticism, organism, characteristic, specialist, nationalist, terrorist, publisher',
		'advise, exercise, promise, surprise, otherwise, compromise, enterprise, rise, noise',
		'controlled, compelled, hour, four, tour, your, contour, metric, literal, centrist',
		'color, organization, defense, traveled, summarize, gray, toward'
	])('leaves words that are not British forms alone: %s', (text) => {
		expect(found(text)).toEqual([]);
	});
});

describe('houseStyleProblems: Zelensky', () => {
	it('wants Zelensky outside quotations', () => {
		expect(found('Zelenskiy visited; Zelenskyy spoke')).toEqual([
			'name Zelenskiy→Zelensky',
			'name Zelenskyy→Zelensky'
		]);
		expect(found('Zelensky visited the White House.')).toEqual([]);
	});
});

describe('quotations keep the speaker’s words', () => {
	it('exempts curly-quoted words from spelling, name and date rules', () => {
		expect(found('Witkoff said “Zelenskiy is coming” and “we summarise on Oct 14”.')).toEqual([]);
		expect(found('the ‘colour’ of it')).toEqual([]);
	});

	it('exempts straight-quoted words too, but asks for curly marks', () => {
		expect(found('He said "Zelenskiy is coming".')).toEqual(['quotes "→“', 'quotes "→”']);
	});

	it('exempts a whole verbatim string, such as a call line', () => {
		expect(found('Zelenskiy is coming to the White House on Friday…', true)).toEqual([]);
		expect(found('we have come to expect from Witkoff… the colour', true)).toEqual([]);
	});

	it('checks the words after a quotation closes', () => {
		expect(found('“Zelenskiy is coming,” he said of Zelenskiy.')).toEqual([
			'name Zelenskiy→Zelensky'
		]);
	});

	it('reads an unclosed quotation to the end of the string', () => {
		expect(quotationSpans('He said “it goes on')).toEqual([[8, 19]]);
	});

	it('does not take an apostrophe for a quotation', () => {
		expect(quotationSpans('Putin’s aide and Trump’s envoy')).toEqual([]);
	});
});

describe('describeProblem', () => {
	it('says what is wrong and what to write', () => {
		const [problem] = houseStyleProblems('Oct 14');
		expect(describeProblem(problem!)).toBe('AP date: “Oct 14” → “Oct. 14”');
	});
});

describe('statusWordProblems', () => {
	it.each([
		['Documented', []],
		['Claimed by The Insider (anonymous source)', []],
		['1 Claimed by a commentary article, citing unnamed “various sources”.', []],
		['Documented or reported', []],
		['Only in claims', []],
		['Witkoff and Ushakov speak by phone', []],
		['Reported that the plan came from Moscow', []],
		['claimed by The Insider', ['status word “claimed” → “Claimed”']],
		['2 disputed', ['status word “disputed” → “Disputed”']],
		['Alleged', ['status given as “Alleged”: use Documented, Reported, Claimed or Disputed']],
		[
			'Unverified claim',
			['status given as “Unverified”: use Documented, Reported, Claimed or Disputed']
		]
	])('%s', (label, expected) => {
		expect(statusWordProblems(label)).toEqual(expected);
	});
});
