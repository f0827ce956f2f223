import { describe, expect, it } from 'vitest';
import { formatPath } from './problems';
import { readSvxOutline } from './svxOutline';

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

describe('formatPath', () => {
	it('writes paths as an editor reads them', () => {
		expect(formatPath(['links', 4, 'to'])).toBe('links[4].to');
		expect(formatPath([])).toBe('');
		expect(formatPath(['frontmatter', 'title'])).toBe('frontmatter.title');
	});
});
