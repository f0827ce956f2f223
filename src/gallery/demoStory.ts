/**
 * Demo data for the gallery: a small, entirely fictional story (a town's vote on a new bridge)
 * in the shape the loader returns. It is checked against the story schema by a unit test, so
 * the demos show what real data looks like. Every person, body, call and word in it is
 * invented; nothing comes from the flagship story.
 */
import type {
	Call,
	Entity,
	StoryEvent,
	Flow,
	Lane,
	Link,
	SectionOf,
	Source,
	Stage,
	Story
} from '$lib/model/schema';

export const demoSources: Source[] = [
	{
		id: 'council-minutes',
		outlet: 'Riverton Town Council (fictional)',
		title: 'Minutes of the council meetings, spring session',
		date: '2026-04',
		url: 'https://example.org/riverton/minutes',
		kind: 'primary'
	},
	{
		id: 'riverton-courier',
		outlet: 'The Riverton Courier (fictional)',
		author: 'J. Doe',
		title: 'How the bridge vote came together',
		date: '2026-04-22',
		kind: 'news'
	},
	{
		id: 'valley-blog',
		outlet: 'Valley Notes (fictional blog)',
		title: 'The bridge deal nobody asked for',
		date: '2026-04-25',
		kind: 'commentary'
	}
];

export const demoEvents: StoryEvent[] = [
	{
		id: 'plan-filed',
		date: '2026-04-02',
		title: 'The engineer files the bridge plan',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'closed-meeting',
		date: '2026-04-09',
		title: 'A closed meeting with the builder',
		status: 'claimed',
		claimant: 'Valley Notes, citing an unnamed councillor',
		sources: ['valley-blog']
	},
	{
		id: 'public-hearing',
		date: '2026-04-14',
		end: '2026-04-15',
		title: 'Two evenings of public hearings',
		status: 'reported',
		sources: ['riverton-courier']
	},
	{
		id: 'council-vote',
		date: '2026-04-21',
		title: 'The council approves the bridge, 6–3',
		status: 'documented',
		sources: ['council-minutes']
	}
];

export const demoEntities: Entity[] = [
	{
		id: 'ada-marsh',
		name: 'Ada Marsh',
		short: 'Marsh',
		kind: 'person',
		role: 'Town engineer (fictional)',
		group: 'other',
		status: 'documented',
		sources: ['council-minutes'],
		facts: []
	},
	{
		id: 'tom-reyes',
		name: 'Tom Reyes',
		short: 'Reyes',
		kind: 'person',
		role: 'Leader of the council (fictional)',
		group: 'other',
		status: 'documented',
		sources: ['council-minutes'],
		facts: []
	},
	{
		id: 'riverton-council',
		name: 'Riverton Town Council',
		short: 'Council',
		kind: 'organisation',
		role: 'The town’s governing council (fictional)',
		group: 'other',
		status: 'documented',
		sources: ['council-minutes'],
		facts: []
	},
	{
		id: 'northgate-builders',
		name: 'Northgate Builders',
		short: 'Northgate',
		kind: 'organisation',
		role: 'A building firm bidding for the bridge (fictional)',
		group: 'other',
		status: 'reported',
		sources: ['riverton-courier'],
		facts: []
	},
	{
		id: 'lena-voss',
		name: 'Lena Voss',
		short: 'Voss',
		kind: 'person',
		role: 'Reporter at The Riverton Courier (fictional)',
		group: 'press',
		status: 'documented',
		sources: ['riverton-courier'],
		facts: []
	}
];

export const demoLinks: Link[] = [
	{
		id: 'marsh-council',
		from: 'ada-marsh',
		to: 'riverton-council',
		type: 'works-for',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'reyes-council',
		from: 'tom-reyes',
		to: 'riverton-council',
		type: 'leads',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'reyes-marsh-call',
		from: 'tom-reyes',
		to: 'ada-marsh',
		type: 'call',
		date: '2026-04-08',
		status: 'reported',
		sources: ['riverton-courier']
	},
	{
		id: 'council-northgate',
		from: 'riverton-council',
		to: 'northgate-builders',
		type: 'negotiates',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'reyes-northgate',
		from: 'tom-reyes',
		to: 'northgate-builders',
		type: 'reported-tie',
		label: 'reportedly dined with the owner of',
		status: 'disputed',
		claimant: 'Valley Notes (fictional blog)',
		denial: {
			by: 'Tom Reyes',
			text: 'says he has met the firm only in the council chamber',
			quote: false,
			sources: ['council-minutes']
		},
		sources: ['valley-blog']
	},
	{
		id: 'voss-marsh',
		from: 'lena-voss',
		to: 'ada-marsh',
		type: 'met',
		status: 'claimed',
		claimant: 'Valley Notes (fictional blog)',
		sources: ['valley-blog']
	}
];

/** A made-up call: nobody ever said any of it. */
export const demoCall: Call = {
	id: 'bridge-call',
	title: 'Reyes and Marsh',
	date: '2026-04-08',
	participants: ['tom-reyes', 'ada-marsh'],
	duration: 'about four minutes',
	publishedBy: { source: 'riverton-courier', date: '2026-04-22' },
	status: 'reported',
	sources: ['riverton-courier'],
	lines: [
		{
			id: 'ask',
			speaker: 'tom-reyes',
			kind: 'verbatim',
			text: 'Can the plan be on my desk by Thursday? The builder wants an answer before the hearings.',
			status: 'reported',
			sources: ['riverton-courier']
		},
		{
			id: 'costs',
			speaker: 'ada-marsh',
			kind: 'verbatim',
			text: 'Thursday is tight, but the drawings are done. It is the costs I am still checking.',
			status: 'reported',
			sources: ['riverton-courier']
		},
		{
			id: 'steel',
			speaker: 'ada-marsh',
			kind: 'paraphrase',
			text: 'Marsh said the cheaper steel would need a second inspection.',
			status: 'reported',
			sources: ['riverton-courier']
		},
		{
			id: 'leave-out',
			speaker: 'tom-reyes',
			kind: 'verbatim',
			text: 'Then leave the steel out of the summary for now.',
			status: 'disputed',
			denial: {
				by: 'Tom Reyes',
				text: 'says he asked for a shorter summary, not for anything to be left out',
				quote: false,
				sources: ['council-minutes']
			},
			sources: ['riverton-courier']
		},
		{
			id: 'send',
			speaker: 'ada-marsh',
			kind: 'verbatim',
			text: 'I will send you what I have tonight.',
			status: 'claimed',
			claimant: 'Valley Notes (fictional blog)',
			sources: ['valley-blog']
		}
	]
};

export const demoLanes: Lane[] = [
	{ id: 'engineer', label: 'Engineer', description: 'Ada Marsh, town engineer' },
	{ id: 'council', label: 'The council', description: 'Tom Reyes, leader' },
	{ id: 'press', label: 'The press', description: 'The Riverton Courier' }
];

export const demoStages: Stage[] = [
	{
		id: 'plan-drawn',
		lane: 'engineer',
		date: '2026-03-30',
		label: 'The plan is drawn up',
		text: 'The engineer’s office finishes the drawings for the bridge.',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'plan-on-file',
		lane: 'council',
		date: '2026-04-02',
		label: 'The plan goes on file',
		text: 'The plan is filed with the council.',
		event: 'plan-filed',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'steel-check',
		lane: 'engineer',
		date: '2026-04-08',
		label: 'Costs still being checked',
		text: 'On a call, the engineer says the costs are not final.',
		quote: { call: 'bridge-call', line: 'costs', phrase: 'It is the costs I am still checking.' },
		status: 'reported',
		sources: ['riverton-courier']
	},
	{
		id: 'bridge-approved',
		lane: 'council',
		date: '2026-04-21',
		label: 'The council votes 6–3',
		text: 'The bridge is approved.',
		event: 'council-vote',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'call-reported',
		lane: 'press',
		date: '2026-04-22',
		label: 'The Courier reports the call',
		text: 'The paper publishes what was said on the call.',
		status: 'reported',
		sources: ['riverton-courier']
	}
];

export const demoFlows: Flow[] = [
	{
		id: 'drawings-filed',
		from: 'plan-drawn',
		to: 'plan-on-file',
		kind: 'paper',
		label: 'the drawings',
		status: 'documented',
		sources: ['council-minutes']
	},
	{
		id: 'builder-deadline',
		from: 'plan-on-file',
		to: 'bridge-approved',
		kind: 'pressure',
		label: 'the builder’s deadline',
		status: 'claimed',
		claimant: 'Valley Notes (fictional blog)',
		sources: ['valley-blog']
	},
	{
		id: 'call-leaked',
		from: 'steel-check',
		to: 'call-reported',
		kind: 'report',
		status: 'reported',
		sources: ['riverton-courier']
	}
];

export const demoTimelineSection: SectionOf<'timeline'> = {
	id: 'bridge-timeline',
	visual: 'timeline',
	title: 'Three weeks in April',
	steps: [
		{ id: 'demo-plan', caption: 'April 2: the plan is filed.', events: ['plan-filed'] },
		{
			id: 'demo-meeting',
			caption: 'April 9: a closed meeting, claimed by a blog.',
			events: ['closed-meeting']
		},
		{
			id: 'demo-hearings',
			caption: 'April 14–15: the public hearings.',
			events: ['public-hearing']
		},
		{ id: 'demo-vote', caption: 'April 21: the vote, 6–3.', events: ['council-vote'] }
	]
};

export const demoTranscriptSection: SectionOf<'transcript'> = {
	id: 'bridge-call',
	visual: 'transcript',
	title: 'The call before the vote',
	call: 'bridge-call',
	steps: [
		{
			id: 'demo-call-ask',
			caption: 'April 8: Reyes asks for the plan by Thursday.',
			lines: ['ask']
		},
		{
			id: 'demo-call-costs',
			caption: 'Marsh says the costs are still being checked.',
			lines: ['costs', 'steel'],
			highlight: { line: 'costs', phrase: 'It is the costs I am still checking.' }
		},
		{
			id: 'demo-call-summary',
			caption: 'The line Reyes disputes, and Marsh’s answer.',
			lines: ['leave-out', 'send'],
			highlight: { line: 'leave-out', phrase: 'leave the steel out of the summary' }
		},
		{
			id: 'demo-call-back',
			caption: 'Back to the start of the call: the deadline.',
			lines: [],
			highlight: { line: 'ask', phrase: 'The builder wants an answer before the hearings.' }
		}
	]
};

export const demoDraftPathSection: SectionOf<'draft-path'> = {
	id: 'bridge-path',
	visual: 'draft-path',
	title: 'How the plan travelled',
	steps: [
		{
			id: 'demo-path-drawn',
			caption: 'March 30: the plan is drawn up.',
			stages: ['plan-drawn'],
			flows: []
		},
		{
			id: 'demo-path-filed',
			caption: 'April 2: the drawings go to the council.',
			stages: ['plan-on-file'],
			flows: ['drawings-filed']
		},
		{
			id: 'demo-path-costs',
			caption: 'April 8: on a call, the costs are not final.',
			stages: ['steel-check'],
			flows: []
		},
		{
			id: 'demo-path-vote',
			caption: 'April 21: the vote, under a deadline a blog claims.',
			stages: ['bridge-approved'],
			flows: ['builder-deadline']
		},
		{
			id: 'demo-path-reported',
			caption: 'April 22: the Courier reports the call.',
			stages: ['call-reported'],
			flows: ['call-leaked']
		}
	]
};

export const demoNetworkSection: SectionOf<'network'> = {
	id: 'bridge-network',
	visual: 'network',
	title: 'Who is tied to whom',
	steps: [
		{
			id: 'demo-net-council',
			caption: 'The engineer works for the council; Reyes leads it.',
			nodes: ['riverton-council', 'ada-marsh', 'tom-reyes'],
			links: ['marsh-council', 'reyes-council'],
			view: 'whole'
		},
		{
			id: 'demo-net-call',
			caption: 'Reyes and Marsh spoke on a call on April 8.',
			nodes: ['tom-reyes', 'ada-marsh'],
			links: ['reyes-marsh-call'],
			view: 'focus'
		},
		{
			id: 'demo-net-builder',
			caption: 'The builder: a documented negotiation, and a disputed tie.',
			nodes: ['riverton-council', 'tom-reyes', 'northgate-builders'],
			links: ['council-northgate', 'reyes-northgate'],
			view: 'focus'
		},
		{
			id: 'demo-net-press',
			caption: 'A blog claims the reporter met the engineer.',
			nodes: ['lena-voss', 'ada-marsh'],
			links: ['voss-marsh'],
			view: 'focus'
		},
		{ id: 'demo-net-all', caption: 'The whole network.', nodes: [], links: [], view: 'whole' }
	]
};

export const demoStory: Story = {
	slug: 'gallery-demo',
	meta: {
		title: 'How Riverton got its bridge',
		dek: 'A made-up story for the component gallery.',
		byline: 'By the gallery desk',
		published: '2026-04-23',
		updated: '2026-04-23',
		summary: 'An invented town votes on an invented bridge. Every name and event is fictional.',
		shareAlt: 'A timeline of an invented bridge vote.',
		kicker: 'Demo',
		locale: 'en'
	},
	sources: demoSources,
	entities: demoEntities,
	links: demoLinks,
	events: demoEvents,
	calls: [demoCall],
	reactions: [],
	lanes: demoLanes,
	stages: demoStages,
	flows: demoFlows,
	sections: [demoTimelineSection, demoTranscriptSection, demoDraftPathSection, demoNetworkSection]
};
