import { describe, expect, it } from 'vitest';
import type { Call } from '../../model/schema';
import { draftPathData, phrasePieces, stageQuote } from './fromStory';
import {
	flowParts,
	measureParts,
	partText,
	quoteParts,
	rowParts,
	stageParts,
	statusText
} from './labels';
import type { DraftPathFlow, DraftPathStage } from './model';
import { TYPE } from './model';

const stage: DraftPathStage = { id: 's', lane: 'l', date: '2025-10-29', label: 'A call' };
const denial = {
	by: 'the State Department',
	text: 'it is false',
	quote: true,
	sources: ['NewsNation']
};

describe('statusText', () => {
	it.each([
		['documented, no words', { status: 'documented' as const }, 0, 'Documented'],
		[
			'claimed names its claimant',
			{ status: 'claimed' as const, claimant: 'The Insider' },
			0,
			'Claimed by The Insider'
		],
		[
			'reported names sources when asked',
			{ status: 'reported' as const, sources: ['Reuters', 'Axios'] },
			1,
			'Reported · Reuters'
		],
		[
			'all of them',
			{ status: 'reported' as const, sources: ['Reuters', 'Axios'] },
			Infinity,
			'Reported · Reuters · Axios'
		],
		['no status: documented', {}, 0, 'Documented']
	])('%s', (_case, item, sources, text) => {
		expect(statusText(item, sources)).toBe(text);
	});
});

/** What a label says, part by part, in the full tier and the compact one. */
const says = (parts: ReturnType<typeof flowParts>, compact = false) =>
	parts.map((p) => [p.role, partText(p, compact)]).filter(([, t]) => t !== null);

describe('the words on the wide diagram', () => {
	it.each<[string, DraftPathFlow, string[][], string[][]]>([
		[
			'a documented flow: its words only, none in the compact tier',
			{ id: 'f', from: 'a', to: 'b', label: 'the memo' },
			[['caption', 'the memo']],
			[]
		],
		[
			'a reported flow with a denial: words, status and first source, then the denial',
			{
				id: 'f',
				from: 'a',
				to: 'b',
				label: 'per two sources',
				status: 'reported',
				sources: ['Reuters', 'LIGA'],
				denial
			},
			[
				['caption', 'per two sources'],
				['status', 'Reported · Reuters'],
				['denial', 'Denied by the State Department']
			],
			[
				['status', 'Reported'],
				['denial', 'Denied by the State Department']
			]
		],
		[
			'a disputed flow: its denial says it',
			{ id: 'f', from: 'a', to: 'b', status: 'disputed', denial },
			[['denial', 'Denied by the State Department']],
			[['denial', 'Denied by the State Department']]
		],
		[
			'a claimed flow: who claims it, the word alone when compact',
			{ id: 'f', from: 'a', to: 'b', status: 'claimed', claimant: 'a blog' },
			[['status', 'Claimed by a blog']],
			[['status', 'Claimed']]
		]
	])('%s', (_case, flow, full, compact) => {
		expect(says(flowParts(flow))).toEqual(full);
		expect(says(flowParts(flow), true)).toEqual(compact);
		// The first words carry a sample of the flow's line, in its status's style.
		if (full.length) expect(flowParts(flow)[0]!.line?.status).toBe(flow.status ?? 'documented');
	});

	it.each<[string, Partial<DraftPathStage>, string[][]]>([
		['documented: the name alone', {}, [['title', 'A call']]],
		[
			'reported: the half dot says it',
			{ status: 'reported', sources: ['Reuters'] },
			[['title', 'A call']]
		],
		[
			'disputed: the denial',
			{ status: 'disputed', denial },
			[
				['title', 'A call'],
				['denial', 'Denied by the State Department']
			]
		]
	])('a stage, %s', (_case, extra, full) => {
		expect(says(stageParts({ ...stage, ...extra }))).toEqual(full);
	});

	it('measures wrapped text taller and never wider than its width', () => {
		const parts = stageParts({
			...stage,
			label: 'Witkoff, Kushner and Dmitriev meet in Miami for three days'
		});
		const [narrow, wide] = [measureParts(parts, 100), measureParts(parts, 500)];
		expect(narrow.h).toBeGreaterThan(wide.h);
		expect(narrow.w).toBeLessThanOrEqual(100);
		expect(wide.h).toBe(TYPE.title.lineHeight);
	});
});

describe('a narrow row', () => {
	it('says when and where, the status with every source, the quote, and what left it, with its denial', () => {
		const row = rowParts(
			{
				...stage,
				status: 'reported',
				sources: ['Axios', 'Reuters'],
				quote: { text: 'our position', by: 'K. D., on the call' }
			},
			[{ id: 'l', label: 'Moscow' }],
			[
				{
					flow: {
						id: 'f',
						from: 'x',
						to: 's',
						kind: 'paper',
						label: 'the paper',
						status: 'disputed',
						denial
					},
					to: { ...stage, id: 'x', label: 'A draft' }
				}
			]
		);
		const text = row.map((p) => p.text);
		expect(text[0]).toMatch(/ · Moscow$/);
		expect(text).toContain('Reported · Axios · Reuters');
		expect(text).toContain('“our position”');
		expect(text).toContain('The paper → A draft: the paper.');
		expect(row.find((p) => p.role === 'denial')?.flow?.id).toBe('f');
	});
});

describe('stageQuote', () => {
	const call = {
		id: 'c',
		date: '2025-10-29',
		lines: [
			{
				id: 'v',
				speaker: 'kd',
				kind: 'verbatim',
				text: 'we make this paper from our position and pass it along'
			},
			{ id: 'p', speaker: 'kd', kind: 'paraphrase', text: 'he suggests a paper' }
		]
	} as unknown as Call;
	const entities = [{ id: 'kd', name: 'Kirill Dmitriev' }];
	it.each([
		[
			'a whole verbatim line',
			{ call: 'c', line: 'v' },
			'we make this paper from our position and pass it along'
		],
		[
			'an elided phrase, in order',
			{ call: 'c', line: 'v', phrase: 'this paper … pass it along' },
			'this paper … pass it along'
		],
		['never a paraphrase', { call: 'c', line: 'p' }, undefined],
		[
			'never words the line does not have',
			{ call: 'c', line: 'v', phrase: 'our paper' },
			undefined
		],
		[
			'never pieces out of order',
			{ call: 'c', line: 'v', phrase: 'pass it along … this paper' },
			undefined
		],
		['never an unknown line', { call: 'c', line: 'x' }, undefined]
	])('%s', (_case, quote, text) => {
		const found = stageQuote({ quote }, [call], entities);
		expect(found?.text).toBe(text);
		if (text) expect(found?.by).toBe('Kirill Dmitriev, on the call');
	});

	it('splits a phrase at its ellipses', () => {
		expect(phrasePieces('a … b …  c')).toEqual(['a', 'b', 'c']);
	});
});

describe('draftPathData', () => {
	const sources = [
		{ id: 'r', outlet: 'Reuters' },
		{ id: 'i', outlet: 'The Insider' },
		{ id: 'n', outlet: 'NewsNation' }
	];
	const data = draftPathData({
		lanes: [{ id: 'l', label: 'L' }],
		stages: [
			{
				id: 's',
				lane: 'l',
				date: '2025-01-25',
				label: 'S',
				text: 'T',
				status: 'claimed',
				claimant: 'The Insider (anonymous source)',
				sources: ['i', 'r']
			}
		],
		flows: [
			{
				id: 'f',
				from: 's',
				to: 's',
				kind: 'paper',
				status: 'reported',
				sources: ['r'],
				denial: { by: 'State', text: 'no', quote: false, sources: ['n'] }
			}
		],
		calls: [],
		entities: [],
		sources
	} as unknown as Parameters<typeof draftPathData>[0]);

	it('names sources by outlet, never the claimant twice, and a denial’s sources too', () => {
		expect(data.stages[0]!.sources).toEqual(['Reuters']);
		expect(data.flows[0]!.sources).toEqual(['Reuters']);
		expect(data.flows[0]!.denial?.sources).toEqual(['NewsNation']);
	});
});

describe('a quote on the wide diagram', () => {
	const quote = { text: 'maybe we do the same thing', by: 'Steve Witkoff, on the call' };

	it.each([
		['English, by default', quote, '“maybe we do the same thing”'],
		[
			'in the quotation marks of the edition’s language',
			{ ...quote, text: 'зробимо те саме', marks: { open: '«', close: '»' } },
			'«зробимо те саме»'
		]
	])('is set in quotation marks: %s', (_, given, shown) => {
		const [words, by] = quoteParts(given);
		expect(words!.text).toBe(shown);
		expect(by!.text).toBe(given.by);
	});
});
