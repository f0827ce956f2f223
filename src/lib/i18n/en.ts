/**
 * The interface's words in English: every string the package's components show a reader that
 * does not come from a story's files. Each other locale's catalogue (uk.ts) has the same keys,
 * typed as `Messages`, so a missing key fails the type check.
 *
 * Dates are not here: dates.ts formats them per locale, AP style in English.
 */
export const en = {
	/** The BCP 47 tag of the page (`<html lang>`), and the locale Intl formats with. */
	lang: 'en',
	/** Open Graph's locale (`og:locale`); empty: none is declared. */
	ogLocale: '',
	skipToContent: 'Skip to main content',
	site: {
		footer: 'Every fact in our features carries its status and its sources.',
		allStories: 'All stories',
		/** A story's byline when it names no author of its own (an English story takes
		 * PUBLIC_SITE_BYLINE, if the publisher sets one). */
		byline: (siteName: string) => `By ${siteName} staff`
	},
	status: {
		documented: 'Documented',
		reported: 'Reported',
		claimed: 'Claimed',
		disputed: 'Disputed'
	},
	statusDefinitions: {
		documented:
			'A primary record exists: a published transcript, an official notice, a statement on record.',
		reported:
			'Reported by one or more named news outlets and not contradicted by a primary record.',
		claimed:
			'Asserted by a single outlet, an anonymous source or a commentator, and not independently confirmed.',
		disputed: 'Denied or contested by a party on record.'
	},
	legend: {
		title: 'What the marks mean',
		notes: {
			documented: { sample: 'Thin underline', rest: 'and a full dot; solid lines in graphics.' },
			reported: { sample: 'Thin underline', rest: 'and a half dot; solid lines in graphics.' },
			claimed: {
				sample: 'Dashed underline',
				rest: 'and a dashed ring once the word is said; dashed lines; the claimant is named.'
			},
			disputed: {
				sample: 'Wavy underline',
				rest: 'and a struck ring once the word is said; the denial on record.'
			}
		},
		how: 'Select underlined words, or the mark after them, for the sources behind a fact. All sources are listed at the end.'
	},
	provenance: {
		/** Before the claimant in a badge: "Claimed by …". */
		by: 'by',
		claimedBy: 'Claimed by',
		deniedBy: 'Denied by',
		source: 'Source',
		sources: 'Sources',
		/** After a claim's words, in the name of the button that opens its note. */
		showSources: 'show sources'
	},
	header: {
		published: 'Published',
		updated: 'Updated',
		covers: 'Covers',
		coversTo: 'to',
		checkedThrough: 'Facts checked through'
	},
	sources: {
		heading: 'Sources',
		intro:
			'Every source cited in this story, by kind. Links go to the copy we read; where that was a republication, the entry says so.',
		groups: {
			records: 'Records and official statements',
			news: 'News reports',
			reference: 'Reference works',
			commentary: 'Commentary'
		},
		noAddress: 'No web address available to us.',
		commentaryNote: 'Cited for what it argues, never as proof of a fact.'
	},
	keyFacts: { label: 'What we know and what we don’t' },
	methodNote: { title: 'How we reported this' },
	reactions: {
		criticism: 'Criticism',
		answers: 'Responses and denials',
		kinds: { reaction: 'Criticism', response: 'Response', denial: 'Denial' },
		inOurWords: 'In our words:'
	},
	/** A quotation shown in a translation of the story's own, beside its original. */
	translation: {
		label: 'Translation',
		original: 'the original in English',
		/** Screen readers hear this before the translated words. */
		ourTranslation: 'Our translation:',
		/** Before the original of words quoted in translation in running text. */
		inOriginal: 'in the original,',
		/** The quotation marks of the language. */
		open: '“',
		close: '”'
	},
	transcript: {
		/** The figure's name: "Transcript of the call of Oct. 14, 2025 between A and B". */
		label: (date: string, names: string) =>
			`Transcript${date ? ` of the call of ${date}` : ''} between ${names}`,
		and: 'and',
		onTheCall: 'On the call',
		length: 'Length:',
		publishedBy: 'Transcript published by',
		callOf: (n: number, of: number) => `Call ${n} of ${of}`,
		summary: 'Summary',
		notQuotation: ', not a quotation:',
		summaryInText: '(Summary, not a quotation):',
		aCallBetween: 'a call between',
		excerpts: (n: number) => `${n} excerpts, numbered`,
		inPublishedOrder: 'in published order',
		onScreen: (list: string) => `: ${list || 'none'} on screen now`
	},
	draftPath: {
		/** After the speaker of words a stage quotes: "Steve Witkoff, on the call". */
		onTheCall: 'on the call',
		/** Before the lanes' names, above the narrow drawing. */
		tracks: 'Tracks, left to right:',
		runsThrough: (places: number) => `The path runs through ${places} places:`,
		to: 'to',
		/** What moved along a flow, in the rows and the text alternative. */
		flowKinds: {
			paper: 'The paper',
			pressure: 'Pressure',
			report: 'A report',
			contact: 'A contact'
		},
		/** The same, in the key. */
		keyKinds: { paper: 'Paper', pressure: 'Pressure', report: 'Report', contact: 'Contact' }
	},
	timeline: {
		/** Before the list of a later timeline section's own events, and the link to the list of
		 * every event (the first timeline section's text alternative, named by its title). */
		highlighted: 'The events this section highlights. Every event, in date order, is listed under'
	},
	shareCard: {
		/** Under the strip of the timeline: "25 dated events, Oct. 14 to March 19, 2026". */
		caption: (events: number, from: string, to: string, year: number) =>
			`${events} dated events, ${from} to ${to}, ${year}`
	},
	network: {
		explore: 'Explore the network',
		key: 'Key',
		intro:
			'Hover over, tap or tab to a person or organization to see its role, its links and their sources. Arrow keys move from one to the next; Escape leaves the picture.',
		viewAsTable: 'View as table',
		hint: 'Choose a person or organization in the picture to see who they are connected to, how, and on whose word.',
		/** What an entity is, in the explorer and the text alternative: "(person, Russia)". */
		kinds: { person: 'person', organisation: 'organization' },
		table: {
			caption: (links: number) => `Every link in the network (${links})`,
			from: 'From',
			link: 'Link',
			to: 'To',
			status: 'Status',
			sources: 'Sources'
		},
		/** Words on a line, by link type, where they differ from the type's own (linkTypes.ts). */
		linkShort: {} as Record<string, string>,
		/** Names of the sides where they differ from storyNetwork's GROUP_LABELS. */
		groups: {} as Record<string, string>,
		legend: {
			person: 'Person',
			organization: 'Organization',
			established: 'Documented or reported',
			onlyInClaims: 'Only in claims'
		}
	},
	embed: {
		sources: 'Sources',
		/** The credit under an embed: "From <the story's title>, by …". */
		from: 'From',
		previous: 'Previous step',
		next: 'Next step',
		/** The buttons' visible words (their names are previous and next above). */
		back: 'Previous',
		forward: 'Next',
		count: (n: number, of: number) => `Step ${n} of ${of}`
	}
};

export type Messages = typeof en;
