import { describe, expect, it } from 'vitest';
import { formatPath } from '../model/problems';
import { readSvxOutline, stepMarkdownProblem } from './svxOutline';

const svx = `---
title: T
---

Intro.

<StorySection id="a">
<Step id="a-1">

Text.

</Step>
<Step id='a-2'>Text.</Step>
</StorySection>

<Scrolly>
<Step id="loose">x</Step>
</Scrolly>
`;

describe('readSvxOutline', () => {
	it('finds frontmatter, sections and their steps with line numbers, in order', () => {
		const { outline, problems } = readSvxOutline('story.svx', svx);
		expect(problems).toEqual([]);
		expect(outline.frontmatter).toBe('title: T');
		expect(outline.hasBody).toBe(true);
		expect(outline.sections).toEqual([
			{
				id: 'a',
				line: 7,
				steps: [
					{ id: 'a-1', line: 8 },
					{ id: 'a-2', line: 13 }
				]
			}
		]);
		expect(outline.looseSteps).toEqual([{ id: 'loose', line: 17 }]);
	});

	it('asks for a literal id where it cannot read one', () => {
		const { problems } = readSvxOutline('story.svx', '<StorySection id={name}>\n</StorySection>');
		expect(problems[0]?.message).toMatch(/needs a literal id/);
		expect(problems[0]?.line).toBe(1);
	});

	it('reports a file with nothing in it', () => {
		const { outline } = readSvxOutline('story.svx', '---\ntitle: T\n---\n   \n');
		expect(outline.hasBody).toBe(false);
	});
});

describe('a step whose text Markdown will not read', () => {
	const problem = (inside: string) => {
		const body = `<Step id="s">${inside}</Step>`;
		return stepMarkdownProblem(body, '<Step id="s">'.length);
	};

	it.each([
		['text on the tag’s line', '**April 2.** The plan.'],
		['no blank line after the tag', '\n**April 2.**\n\n'],
		['no blank line before the closing tag', '\n\n**April 2.**\n'],
		['text before the closing tag on its line', '\n\n**April 2.** '.concat('x')]
	])('warns: %s', (_name, inside) => {
		expect(problem(inside)).toMatch(/leave a blank line after <Step …> and before <\/Step>/);
	});

	it('warns about text indented as a code block', () => {
		expect(problem('\n\n\t**April 2.**\n\n')).toMatch(/indented/);
		expect(problem('\n\n    **April 2.**\n\n')).toMatch(/indented/);
	});

	it('accepts text set apart by blank lines, an empty step, and an indented closing tag', () => {
		expect(problem('\n\n**April 2.** The plan.\n\nMore.\n\n')).toBeUndefined();
		expect(problem('\n\n**April 2.**\n\n\t')).toBeUndefined();
		expect(problem('')).toBeUndefined();
		expect(problem('\n')).toBeUndefined();
	});

	it('is a warning with the step’s line, not a problem', () => {
		const { problems, warnings } = readSvxOutline('story.svx', svx);
		expect(problems).toEqual([]);
		expect(warnings.map((w) => [w.line, w.message.slice(0, 15)])).toEqual([
			[13, '<Step id="a-2">'],
			[17, '<Step id="loose']
		]);
	});
});

describe('what must not reach the page', () => {
	it('refuses ids over 128 characters', () => {
		const long = 'a'.repeat(129);
		const { problems } = readSvxOutline(
			'story.svx',
			`<StorySection id="x">\n<Step id="${long}">\n`
		);
		expect(problems.map((p) => [p.line, p.message])).toEqual([
			[2, '<Step> id is 129 characters long; an id has at most 128']
		]);
		expect(readSvxOutline('story.svx', `<Step id="${'a'.repeat(128)}">\n`).problems).toEqual([]);
	});

	it('refuses control characters and direction overrides in the text, with their line', () => {
		const { problems } = readSvxOutline(
			'story.svx',
			'---\ntitle: T\n---\n\nOne.\n\nTwo \u202Eevil.\n'
		);
		expect(problems.map((p) => [p.line, p.message])).toEqual([
			[
				7,
				'contains U+202E (right-to-left override) at character 5, an invisible control that can make text display in a different order than it reads; delete it'
			]
		]);
	});
});

describe('formatPath', () => {
	it('writes paths as an editor reads them', () => {
		expect(formatPath(['links', 4, 'to'])).toBe('links[4].to');
		expect(formatPath([])).toBe('');
		expect(formatPath(['frontmatter', 'title'])).toBe('frontmatter.title');
	});
});
