/**
 * The loader against every kind of bad input, each written as a patch to one valid story
 * (tests/fixtures/valid-minimal) in a temporary folder: each must fail with one line naming the
 * file, the line, the place inside it, what was found and what was expected, and, for a
 * near-miss, a suggestion. (The valid story, warnings and loadStories: loader.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject, type Patch } from '../../../tests/unit/patchStory';
import { inspectStory } from './loader.js';
import { formatProblem } from '../model/problems.js';

const project = tempProject();
afterAll(project.remove);

/** The problems of the valid story patched, as printed, with paths from the temporary root. */
const messages = (slug: string, patches: Patch[], options = {}) =>
	inspectStory(project.story(slug, patches), project.root, options).problems.map(formatProblem);

const EVENTS = 'data/events.yaml';
const LINKS = 'data/links.yaml';
const FIRST_TITLE = '    title: The first event';

const cases: [string, Patch[], string[]][] = [
	[
		'invalid-yaml',
		[[EVENTS, FIRST_TITLE, `${FIRST_TITLE}: a colon`]],
		[
			'invalid-yaml/data/events.yaml:4: is not valid YAML: Nested mappings are not allowed in compact mappings (check indentation, colons and quotes near this line)'
		]
	],
	[
		'unclosed-quote',
		[[EVENTS, FIRST_TITLE, '    title: "The first event']],
		[
			'unclosed-quote/data/events.yaml:4: is not valid YAML: the quote (") opened on this line is never closed; close it'
		]
	],
	[
		'alias-bomb',
		[
			[
				EVENTS,
				'events:',
				'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nevents:'
			]
		],
		[
			'alias-bomb/data/events.yaml:2: is not valid YAML: its aliases (*name) copy anchored values more than 100 times; write the values out instead'
		]
	],
	[
		'unknown-alias',
		[[EVENTS, FIRST_TITLE, '    title: *nowhere']],
		[
			'unknown-alias/data/events.yaml:4: is not valid YAML: an alias (*name) refers to no anchor (&name) above it'
		]
	],
	[
		'missing-field',
		[['data/entities.yaml', '    role: Mayor (fictional)\n', '']],
		['missing-field/data/entities.yaml:2: entities[0].role: is required (expected text)']
	],
	[
		'missing-frontmatter-field',
		[['story.svx', 'dek: The smallest story that validates.\n', '']],
		['missing-frontmatter-field/story.svx:2: frontmatter.dek: is required (expected text)']
	],
	[
		'wrong-type',
		[[LINKS, '    sources: [minutes]', '    sources: minutes']],
		[
			'wrong-type/data/links.yaml:7: links[0].sources: expected a list of source ids (e.g. sources: [bloomberg-transcripts]), found "minutes"'
		]
	],
	[
		'bad-date',
		[[EVENTS, '    date: 2026-01-20', '    date: 2026-02-30']],
		[
			'bad-date/data/events.yaml:8: events[1].date: expected a real calendar date (YYYY-MM-DD), found "2026-02-30"'
		]
	],
	[
		'unknown-entity',
		[[LINKS, '    to: town', '    to: tonw']],
		[
			'unknown-entity/data/links.yaml:4: links[0].to: "tonw" is not an entity id in entities.yaml (did you mean "town"?)'
		]
	],
	[
		'unknown-source',
		[[EVENTS, 'reported\n    sources: [minutes]', 'reported\n    sources: [minuets]']],
		[
			'unknown-source/data/events.yaml:11: events[1].sources[0]: "minuets" is not a source id in sources.yaml (did you mean "minutes"?)'
		]
	],
	[
		'quote-no-source',
		[['data/calls.yaml', '        sources: [minutes]\n', '']],
		[
			'quote-no-source/data/calls.yaml:10: calls[0].lines[0].sources: is required: every fact needs a list of source ids (e.g. sources: [bloomberg-transcripts])'
		]
	],
	[
		'bad-status',
		[[LINKS, '    status: documented', '    status: confirmed']],
		[
			'bad-status/data/links.yaml:6: links[0].status: "confirmed" is not allowed; expected one of: documented, reported, claimed, disputed'
		]
	],
	[
		'claimed-without-claimant',
		[[LINKS, '    status: documented', '    status: claimed']],
		[
			'claimed-without-claimant/data/links.yaml:2: links[0].claimant: is required when status is "claimed": name who asserts it (e.g. claimant: The Insider)'
		]
	],
	[
		'unknown-field',
		[[EVENTS, 'documented\n    sources:', 'documented\n    soruces:']],
		[
			'unknown-field/data/events.yaml:2: events[0].sources: is required: every fact needs a list of source ids (e.g. sources: [bloomberg-transcripts])',
			'unknown-field/data/events.yaml:6: events[0].soruces: unknown field "soruces" (did you mean "sources"?)'
		]
	],
	[
		'unknown-step-field',
		[['data/sections.yaml', 'caption: The first event.', 'captoin: The first event.']],
		[
			'unknown-step-field/data/sections.yaml:5: sections[0].steps[0].caption: is required (expected text)',
			'unknown-step-field/data/sections.yaml:6: sections[0].steps[0].captoin: unknown field "captoin" (did you mean "caption"?)'
		]
	],
	[
		'step-mismatch',
		[['story.svx', '<Step id="two">', '<Step id="too">']],
		[
			'step-mismatch/story.svx:24: <Step id="too"> has no state in step-mismatch/data/sections.yaml section "tl" (did you mean "two"?)',
			'step-mismatch/data/sections.yaml:8: sections[0].steps[1].id: step "two" is not written in story.svx section "tl"; add <Step id="two"> there or remove this state'
		]
	],
	[
		'unused-source',
		[
			[
				'data/sources.yaml',
				'    date: 2026-01\n',
				'    date: 2026-01\n  - id: unused\n    outlet: Nobody\n    title: Never cited\n    date: 2026\n'
			]
		],
		[
			'unused-source/data/sources.yaml:6: sources[1].id: source "unused" is never cited; cite it in some sources: [...] list or remove it'
		]
	],
	[
		'empty-story',
		[['story.svx', null, '']],
		[
			'empty-story/story.svx:1: has no frontmatter; start the file with a --- block holding title, dek, byline, published, updated, summary and shareAlt',
			'empty-story/story.svx: the story is empty; write its text below the frontmatter, with at least one <StorySection> of <Step>s'
		]
	],
	[
		'empty-sources',
		[['data/sources.yaml', null, '# to do\n']],
		[
			'empty-sources/data/sources.yaml:1: is empty; list the sources the story cites under "sources:" (see docs/authoring.md)'
		]
	],
	[
		'empty-events',
		[[EVENTS, null, '']],
		[
			'empty-events/data/events.yaml:1: is empty; write its "events:" list in it, or delete the file'
		]
	],
	[
		'duplicate-id',
		[[EVENTS, '  - id: second', '  - id: first']],
		[
			'duplicate-id/data/events.yaml:7: events[1].id: "first" is already used by another event; ids must be unique',
			'duplicate-id/data/sections.yaml:10: sections[0].steps[1].events[0]: "second" is not an event id in events.yaml'
		]
	],
	[
		'long-id',
		[[LINKS, '  - id: ana-town', `  - id: ${'a'.repeat(10_000)}`]],
		['long-id/data/links.yaml:2: links[0].id: is 10000 characters long; an id has at most 128']
	],
	[
		'control-character',
		[[EVENTS, FIRST_TITLE, '    title: "The first\\0 event"']],
		[
			'control-character/data/events.yaml:4: events[0].title: contains the invisible control character U+0000 (null) at character 10; delete it'
		]
	],
	[
		'escape-character',
		[['data/entities.yaml', 'Ana Ruiz', '"Ana\\e[31m Ruiz"']],
		[
			'escape-character/data/entities.yaml:3: entities[0].name: contains the invisible control character U+001B (escape) at character 4; delete it'
		]
	],
	[
		'bidi-override',
		[['story.svx', 'title: A minimal story', 'title: "A story of \u202Elive"']],
		[
			'bidi-override/story.svx:2: frontmatter.title: contains U+202E (right-to-left override) at character 12, an invisible control that can make text display in a different order than it reads; delete it'
		]
	],
	[
		'control-in-text',
		[['story.svx', 'Intro.', 'Intro.\u001b[2J']],
		[
			'control-in-text/story.svx:16: contains the invisible control character U+001B (escape) at character 7; delete it'
		]
	],
	[
		'http-source',
		[
			[
				'data/sources.yaml',
				'    date: 2026-01',
				'    date: 2026-01\n    url: http://example.org/minutes'
			]
		],
		[
			'http-source/data/sources.yaml:6: sources[0].url: expected a full web address starting with https://, found "http://example.org/minutes"'
		]
	],
	[
		'flow-self-loop',
		[['data/stages.yaml', '    to: review', '    to: draft']],
		[
			'flow-self-loop/data/stages.yaml:29: flows[0].to: "draft" is the stage the flow starts from; a flow goes from one stage to another'
		]
	],
	[
		'flow-cycle',
		[['data/stages.yaml', '    from: draft', '    from: vote']],
		[
			'flow-cycle/data/stages.yaml:35: flows[1].to: "vote" closes a loop (vote → review → vote); flows must lead forward, from earlier stages to later ones'
		]
	],
	[
		'one-pass',
		[
			[EVENTS, '    date: 2026-01-20', '    date: 2026-02-30'],
			[LINKS, '    to: town', '    to: tonw'],
			['story.svx', '<Step id="two">', '<Step id="too">']
		],
		[
			'one-pass/data/events.yaml:8: events[1].date: expected a real calendar date (YYYY-MM-DD), found "2026-02-30"',
			'one-pass/data/links.yaml:4: links[0].to: "tonw" is not an entity id in entities.yaml (did you mean "town"?)',
			'one-pass/story.svx:24: <Step id="too"> has no state in one-pass/data/sections.yaml section "tl" (did you mean "two"?)',
			'one-pass/data/sections.yaml:8: sections[0].steps[1].id: step "two" is not written in story.svx section "tl"; add <Step id="two"> there or remove this state'
		]
	]
];

describe('one clear line per bad input, all of them in one pass', () => {
	it.each(cases)('%s', (slug, patches, expected) => {
		expect(messages(slug, patches)).toEqual(expected);
	});

	it('refuses a data file over the size limit without reading it', () => {
		expect(messages('too-big', [], { limits: { dataFileBytes: 500 } })).toEqual([
			'too-big/data/stages.yaml: 721 bytes (limit 500 bytes); a story this large makes pages no phone can load; split or trim the file, or raise dataFileBytes in the limits of scrollyStories() in vite.config.ts'
		]);
	});
});
