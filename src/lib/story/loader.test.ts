/**
 * The loader against one fixture per kind of bad input (tests/fixtures/invalid/<kind>/): each
 * must produce a message naming the file, the place inside it, what was found, what was
 * expected and, for near-miss ids, a suggestion.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectStory, loadStories, loadStory } from './loader.js';
import { formatProblem, StoryValidationError } from './problems.js';

const fixture = (name: string) => `tests/fixtures/invalid/${name}`;
const messages = (dir: string) => inspectStory(dir).problems.map(formatProblem);

describe('a valid story', () => {
	it('loads with every collection typed and no problems', () => {
		const story = loadStory('tests/fixtures/valid-minimal');
		expect(story.slug).toBe('valid-minimal');
		expect(story.meta.title).toBe('A minimal story');
		expect(story.meta.lang).toBe('en');
		expect(story.events.map((e) => e.id)).toEqual(['first', 'second']);
		expect(story.sections[0]?.visual).toBe('timeline');
		expect(story.sources[0]?.kind).toBe('news');
	});

	it('loads both real stories of the repository', () => {
		const stories = loadStories(['stories', 'tests/fixtures/stories']);
		expect(stories.map((s) => s.slug)).toContain('american-plan');
		expect(stories.map((s) => s.slug)).toContain('harbour-vote');
	});
});

describe('one clear message per kind of bad input', () => {
	const cases: [kind: string, expected: string[]][] = [
		[
			'invalid-yaml',
			[
				'tests/fixtures/invalid/invalid-yaml/data/events.yaml:4: is not valid YAML: Nested mappings are not allowed in compact mappings (check indentation, colons and quotes near this line)'
			]
		],
		[
			'missing-field',
			[
				'tests/fixtures/invalid/missing-field/data/entities.yaml:2: entities[0].role: is required (expected text)'
			]
		],
		[
			'missing-frontmatter-field',
			[
				'tests/fixtures/invalid/missing-frontmatter-field/story.svx:2: frontmatter.dek: is required (expected text)'
			]
		],
		[
			'wrong-type',
			[
				'tests/fixtures/invalid/wrong-type/data/links.yaml:7: links[0].sources: expected a list of source ids (e.g. sources: [bloomberg-transcripts]), found "minutes"'
			]
		],
		[
			'bad-date',
			[
				'tests/fixtures/invalid/bad-date/data/events.yaml:8: events[1].date: expected a real calendar date (YYYY-MM-DD), found "2026-02-30"'
			]
		],
		[
			'unknown-entity',
			[
				'tests/fixtures/invalid/unknown-entity/data/links.yaml:4: links[0].to: "tonw" is not an entity id in entities.yaml (did you mean "town"?)'
			]
		],
		[
			'unknown-source',
			[
				'tests/fixtures/invalid/unknown-source/data/events.yaml:11: events[1].sources[0]: "minuets" is not a source id in sources.yaml (did you mean "minutes"?)'
			]
		],
		[
			'quote-no-source',
			[
				'tests/fixtures/invalid/quote-no-source/data/calls.yaml:10: calls[0].lines[0].sources: is required: every fact needs a list of source ids (e.g. sources: [bloomberg-transcripts])'
			]
		],
		[
			'bad-status',
			[
				'tests/fixtures/invalid/bad-status/data/links.yaml:6: links[0].status: "confirmed" is not allowed; expected one of: documented, reported, claimed, disputed'
			]
		],
		[
			'claimed-without-claimant',
			[
				'tests/fixtures/invalid/claimed-without-claimant/data/links.yaml:2: links[0].claimant: is required when status is "claimed": name who asserts it (e.g. claimant: The Insider)'
			]
		],
		[
			'unknown-field',
			[
				'tests/fixtures/invalid/unknown-field/data/events.yaml:2: events[0].sources: is required: every fact needs a list of source ids (e.g. sources: [bloomberg-transcripts])',
				'tests/fixtures/invalid/unknown-field/data/events.yaml:6: events[0].soruces: unknown field "soruces" (did you mean "sources"?)'
			]
		],
		[
			'step-mismatch',
			[
				'tests/fixtures/invalid/step-mismatch/story.svx:24: <Step id="too"> has no state in tests/fixtures/invalid/step-mismatch/data/sections.yaml section "tl" (did you mean "two"?)',
				'tests/fixtures/invalid/step-mismatch/data/sections.yaml:8: sections[0].steps[1].id: step "two" is not written in story.svx section "tl"; add <Step id="two"> there or remove this state'
			]
		],
		[
			'unused-source',
			[
				'tests/fixtures/invalid/unused-source/data/sources.yaml:6: sources[1].id: source "unused" is never cited; cite it in some sources: [...] list or remove it'
			]
		],
		[
			'empty-story',
			[
				'tests/fixtures/invalid/empty-story/story.svx:1: has no frontmatter; start the file with a --- block holding title, dek, byline, published, updated, summary and shareAlt',
				'tests/fixtures/invalid/empty-story/story.svx: the story is empty; write its text below the frontmatter, with at least one <StorySection> of <Step>s'
			]
		]
	];

	it.each(cases)('%s', (kind, expected) => {
		expect(messages(fixture(kind))).toEqual(expected);
	});

	it('reports a duplicate id at the second definition', () => {
		expect(messages(fixture('duplicate-id'))[0]).toBe(
			'tests/fixtures/invalid/duplicate-id/data/events.yaml:7: events[1].id: "first" is already used by another event; ids must be unique'
		);
	});

	it('covers every fixture folder with a test', () => {
		const tested = new Set([...cases.map(([kind]) => kind), 'duplicate-id']);
		const folders = readdirSync('tests/fixtures/invalid');
		expect(folders.filter((f) => !tested.has(f))).toEqual([]);
	});
});

describe('loadStories', () => {
	it('throws one error listing the problems of every story, and nothing else', () => {
		const root = mkdtempSync(join(tmpdir(), 'stories-'));
		try {
			cpSync(fixture('unknown-entity'), join(root, 'stories/a-story'), { recursive: true });
			cpSync(fixture('bad-status'), join(root, 'stories/b-story'), { recursive: true });
			let error: unknown;
			try {
				loadStories(['stories'], root);
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(StoryValidationError);
			const problems = (error as StoryValidationError).problems.map(formatProblem);
			expect(problems).toEqual([
				'stories/a-story/data/links.yaml:4: links[0].to: "tonw" is not an entity id in entities.yaml (did you mean "town"?)',
				'stories/b-story/data/links.yaml:6: links[0].status: "confirmed" is not allowed; expected one of: documented, reported, claimed, disputed'
			]);
			expect((error as Error).message).toMatch(
				/^The stories have 2 problems\. Nothing was built\./
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('rejects a slug that would shadow a route of the site', () => {
		const root = mkdtempSync(join(tmpdir(), 'stories-'));
		try {
			cpSync('tests/fixtures/valid-minimal', join(root, 'stories/embed'), { recursive: true });
			expect(inspectStory(join(root, 'stories/embed'), root).problems.map(formatProblem)).toEqual([
				'stories/embed: folder name "embed" is reserved for the site\'s own pages (components, embed); choose another slug'
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('rejects a story folder whose name is not a slug, and an unknown data file', () => {
		const root = mkdtempSync(join(tmpdir(), 'stories-'));
		try {
			cpSync('tests/fixtures/valid-minimal', join(root, 'stories/Bad Name'), { recursive: true });
			writeFileSync(join(root, 'stories/Bad Name/data/entitys.yaml'), 'entities: []\n');
			const problems = inspectStory(join(root, 'stories/Bad Name'), root).problems.map(
				formatProblem
			);
			expect(problems).toEqual([
				'stories/Bad Name: folder name "Bad Name" is not a valid story slug; use lowercase letters, digits and single hyphens, e.g. "american-plan"',
				'stories/Bad Name/data/entitys.yaml: is not a known data file; expected one of: sources.yaml, entities.yaml, links.yaml, events.yaml, calls.yaml, reactions.yaml, stages.yaml, sections.yaml (did you mean "entities.yaml"?)'
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
