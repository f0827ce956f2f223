import { describe, expect, it } from 'vitest';
import type { Flow } from '../../story/schema';
import {
	flowStatusText,
	incomingFlowText,
	inSentence,
	listInWords,
	stageDateLabel,
	statusText
} from './labelText';

const flow: Flow = {
	id: 'f',
	from: 'a',
	to: 'b',
	kind: 'paper',
	label: 'many of the points',
	status: 'claimed',
	claimant: 'The Insider',
	sources: ['s']
};

describe('labelText', () => {
	it('says a status in words, naming who claims or disputes', () => {
		expect(statusText({ status: 'documented' })).toBe('Documented');
		expect(statusText({ status: 'claimed', claimant: 'The Insider' })).toBe(
			'Claimed by The Insider'
		);
		expect(
			statusText({
				status: 'disputed',
				denial: { by: 'Yuri Ushakov', text: 'no', quote: false, sources: ['s'] }
			})
		).toBe('Disputed by Yuri Ushakov');
	});

	it('says a flow from its target’s point of view, with its claimant when claimed', () => {
		expect(incomingFlowText(flow, { label: 'An earlier draft' })).toBe(
			'The paper ← An earlier draft: many of the points'
		);
		expect(flowStatusText(flow)).toBe('Claimed by The Insider');
		expect(flowStatusText({ ...flow, status: 'reported' })).toBeUndefined();
	});

	it('writes dates, lists and names as a sentence needs them', () => {
		expect(stageDateLabel({ date: '2025-10-24', end: '2025-10-26' })).toBe('Oct. 24–26');
		expect(stageDateLabel({ date: '2025-01-25', dateLabel: 'Late Jan.' })).toBe('Late Jan.');
		expect(listInWords(['Moscow', 'Kyiv', 'The press'])).toBe('Moscow, Kyiv and The press');
		expect(listInWords(['Moscow'])).toBe('Moscow');
		expect(inSentence('The 28-point plan')).toBe('the 28-point plan');
		expect(inSentence('Trump–Putin call')).toBe('Trump–Putin call');
	});
});
