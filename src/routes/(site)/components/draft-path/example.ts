// A path from plain arrays: lanes, dated stages, and what moved between them. Provenance
// (status, claimant, denial, sources) is optional; where it is given, the picture shows it.
import type { DraftPathData } from '$lib/visuals/draft-path';

export const path: DraftPathData = {
	lanes: [
		{ id: 'engineer', label: 'Engineer', description: 'Ada Marsh' },
		{ id: 'council', label: 'The council', description: 'Tom Reyes' },
		{ id: 'press', label: 'The press' }
	],
	stages: [
		{ id: 'drawn', lane: 'engineer', date: '2026-03-30', label: 'The plan is drawn up' },
		{ id: 'filed', lane: 'council', date: '2026-04-02', label: 'The plan goes on file' },
		{
			id: 'call',
			lane: 'engineer',
			date: '2026-04-08',
			label: 'A call on costs',
			quote: { text: 'the costs are not final', by: 'Ada Marsh, on the call' }
		},
		{
			id: 'vote',
			lane: 'council',
			date: '2026-04-21',
			label: 'The council votes',
			status: 'documented'
		},
		{
			id: 'story',
			lane: 'press',
			date: '2026-04-22',
			label: 'The Courier reports the call',
			status: 'reported',
			sources: ['The Courier']
		}
	],
	flows: [
		{ id: 'drawings', from: 'drawn', to: 'filed', kind: 'paper', label: 'the drawings' },
		{
			id: 'deadline',
			from: 'call',
			to: 'vote',
			kind: 'pressure',
			label: 'a deadline from the builder',
			status: 'claimed',
			claimant: 'a local blog'
		},
		{
			id: 'leak',
			from: 'call',
			to: 'story',
			kind: 'report',
			status: 'reported',
			sources: ['The Courier'],
			denial: {
				by: 'the council',
				text: 'no recording of the call exists',
				sources: ['Council statement']
			}
		}
	]
};

// What each step lights.
export const steps = [
	{ stages: ['drawn'] },
	{ stages: ['filed'], flows: ['drawings'] },
	{ stages: ['call', 'vote'], flows: ['deadline'] },
	{ stages: ['story'], flows: ['leak'] }
];
