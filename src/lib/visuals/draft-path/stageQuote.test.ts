import { describe, expect, it } from 'vitest';
import { loadStory } from '../../story/loader';
import type { Call } from '../../story/schema';
import { phrasePieces, piecesOccurInOrder, quoteText, stageQuote, stageQuotes } from './stageQuote';

const call: Call = {
	id: 'c',
	title: 'A call',
	date: '2025-10-29',
	participants: ['x', 'y'],
	publishedBy: { source: 's', date: '2025-11-25' },
	status: 'documented',
	sources: ['s'],
	lines: [
		{
			id: 'v',
			speaker: 'x',
			kind: 'verbatim',
			text: 'One two three. Four five six.',
			status: 'documented',
			sources: ['s']
		},
		{
			id: 'p',
			speaker: 'y',
			kind: 'paraphrase',
			text: 'He said one two.',
			status: 'documented',
			sources: ['s']
		}
	]
};
const stage = (quote: { call: string; line: string; phrase?: string }) => ({ quote });

describe('stageQuote', () => {
	it('splits a phrase at its ellipses', () => {
		expect(phrasePieces('one two … five six')).toEqual(['one two', 'five six']);
		expect(phrasePieces('one two')).toEqual(['one two']);
	});

	it('accepts pieces only in the line’s order', () => {
		expect(piecesOccurInOrder('One two three. Four five six.', ['two', 'five'])).toBe(true);
		expect(piecesOccurInOrder('One two three. Four five six.', ['five', 'two'])).toBe(false);
		expect(piecesOccurInOrder('One two three.', ['two', 'two'])).toBe(false);
	});

	it('quotes a verbatim line, whole or in pieces, and names the speaker', () => {
		const entities = [{ id: 'x', name: 'Ex' }];
		expect(
			stageQuote(stage({ call: 'c', line: 'v', phrase: 'two three … five' }), [call], entities)
		).toEqual({
			pieces: ['two three', 'five'],
			speaker: 'Ex',
			date: '2025-10-29'
		});
		expect(stageQuote(stage({ call: 'c', line: 'v' }), [call])?.pieces).toEqual([
			'One two three. Four five six.'
		]);
	});

	it('never puts a paraphrase, or words that are not the line’s, in quotation marks', () => {
		expect(stageQuote(stage({ call: 'c', line: 'p' }), [call])).toBeUndefined();
		expect(stageQuote(stage({ call: 'c', line: 'v', phrase: 'two four' }), [call])).toBeUndefined();
		expect(stageQuote(stage({ call: 'nope', line: 'v' }), [call])).toBeUndefined();
		expect(stageQuote({}, [call])).toBeUndefined();
	});

	it('anchors the Oct 29 words to the call-2 stage, verbatim from calls.yaml', () => {
		const story = loadStory('stories/american-plan');
		const quotes = stageQuotes(story.stages, story.calls, story.entities);
		const quote = quotes.get('call-2');
		expect(quote && quoteText(quote)).toBe(
			'make this paper from our position … informally pass it along … let them do like their own'
		);
		expect(quote?.speaker).toBe('Kirill Dmitriev');
		const line = story.calls
			.find((c) => c.id === 'oct-29')!
			.lines.find((l) => l.id === 'our-position')!;
		for (const piece of quote!.pieces) expect(line.text).toContain(piece);
	});
});
