/**
 * The loader on a valid story (the fixture and the repository's own), its warnings, and
 * loadStories over a folder of stories. Bad input, one line per kind: loaderProblems.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from '../../../tests/unit/patchStory';
import { inspectStory, loadStories, loadStory } from './loader.js';
import { formatProblem, StoryValidationError } from '../model/problems.js';

const project = tempProject();
afterAll(project.remove);

const LINKS = 'data/links.yaml';

describe('a valid story', () => {
	it('loads with every collection typed and no problems', () => {
		const story = loadStory('tests/fixtures/valid-minimal');
		expect(story.slug).toBe('valid-minimal');
		expect(story.meta.title).toBe('A minimal story');
		expect(story.meta.locale).toBe('en');
		expect(story.events.map((e) => e.id)).toEqual(['first', 'second']);
		expect(story.flows.map((f) => f.id)).toEqual(['draft-review', 'review-vote']);
		expect(story.sections[0]?.visual).toBe('timeline');
		expect(story.sources[0]?.kind).toBe('news');
	});

	it('loads both real stories of the repository', () => {
		const stories = loadStories(['stories', 'tests/fixtures/stories']);
		expect(stories.map((s) => s.slug)).toContain('american-plan');
		expect(stories.map((s) => s.slug)).toContain('harbour-vote');
	});
});

/** [name (the story's folder), patches, every problem expected, in order] */
describe('warnings', () => {
	it('warns about a step whose text Markdown will not read, and still loads the story', () => {
		const dir = project.story('inline-step', [
			['story.svx', '<Step id="one">\n\nFirst.\n\n</Step>', '<Step id="one">**First.**</Step>'],
			['story.svx', '<Step id="two">\n\nSecond.', '<Step id="two">\n\n\tSecond.']
		]);
		const { story, problems, warnings } = inspectStory(dir, project.root);
		expect(problems).toEqual([]);
		expect(story).toBeDefined();
		expect(warnings.map(formatProblem)).toEqual([
			'inline-step/story.svx:19: <Step id="one">: its text is not read as Markdown (**bold** shows as typed); leave a blank line after <Step …> and before </Step>',
			'inline-step/story.svx:20: <Step id="two">: its text is indented, so Markdown shows it as code; start its lines at the left margin'
		]);
	});
});

describe('loadStories', () => {
	it('throws one error listing the problems of every story, and nothing else', () => {
		const other = tempProject();
		try {
			other.story('stories/a-story', [[LINKS, '    to: town', '    to: tonw']]);
			other.story('stories/b-story', [[LINKS, '    status: documented', '    status: confirmed']]);
			let error: unknown;
			try {
				loadStories(['stories'], other.root);
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
			other.remove();
		}
	});

	it('rejects a slug that would shadow a route of the site', () => {
		const dir = project.story('embed');
		expect(inspectStory(dir, project.root).problems.map(formatProblem)).toEqual([
			'embed: folder name "embed" is reserved for the site\'s own pages (components, embed); choose another slug'
		]);
	});

	it('rejects a story folder whose name is not a slug, or is too long, and an unknown data file', () => {
		const dir = project.story('Bad Name', [['data/entitys.yaml', null, 'entities: []\n']]);
		expect(inspectStory(dir, project.root).problems.map(formatProblem)).toEqual([
			'Bad Name: folder name "Bad Name" is not a valid story slug; use at most 128 lowercase letters, digits and single hyphens, e.g. "american-plan"',
			'Bad Name/data/entitys.yaml: is not a known data file; expected one of: sources.yaml, entities.yaml, links.yaml, events.yaml, calls.yaml, reactions.yaml, stages.yaml, sections.yaml (did you mean "entities.yaml"?)'
		]);
		const long = project.story('a'.repeat(129));
		expect(inspectStory(long, project.root).problems.map(formatProblem)).toEqual([
			`${'a'.repeat(129)}: folder name "${'a'.repeat(37)}..." is not a valid story slug; use at most 128 lowercase letters, digits and single hyphens, e.g. "american-plan"`
		]);
		expect(inspectStory(project.story('b'.repeat(128)), project.root).problems).toEqual([]);
		expect(inspectStory(project.story('nul'), project.root).problems.map(formatProblem)).toEqual([
			'nul: folder name "nul" is a device name on Windows, where the folder cannot be created; choose another slug'
		]);
	});
});
