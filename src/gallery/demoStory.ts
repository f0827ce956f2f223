/**
 * Demo data for the gallery: a small, entirely fictional story (a town's vote on a new bridge)
 * in the shape the loader returns. It is checked against the story schema by a unit test, so
 * the demos show what real data looks like.
 */
import type { Event, SectionOf, Source, Story } from '$lib/story/schema';

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

export const demoEvents: Event[] = [
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
		lang: 'en'
	},
	sources: demoSources,
	entities: [],
	links: [],
	events: demoEvents,
	calls: [],
	reactions: [],
	lanes: [],
	stages: [],
	flows: [],
	sections: [demoTimelineSection]
};
