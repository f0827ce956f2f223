/**
 * The story.svx example in docs/authoring.md is what an author copies first: it must stay a
 * story the loader reads as written (prettier once reflowed its frontmatter onto one line), with
 * steps whose text Markdown reads.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { Frontmatter } from '../../src/lib/model/schema';
import { readSvxOutline } from '../../src/lib/build/svxOutline';

it('has a story.svx example with a frontmatter, a section of steps, and nothing to warn about', () => {
	const doc = readFileSync('docs/authoring.md', 'utf8');
	const example = /## story\.svx[\s\S]*?```svelte\n([\s\S]*?)```/.exec(doc)?.[1];
	expect(example).toBeDefined();
	const { outline, problems, warnings } = readSvxOutline('docs/authoring.md', example!);
	expect(problems).toEqual([]);
	expect(warnings).toEqual([]);
	expect(Frontmatter.safeParse(parse(outline.frontmatter!)).success).toBe(true);
	expect(outline.sections.map((s) => [s.id, s.steps.map((step) => step.id)])).toEqual([
		['bridge-timeline', ['plan-filed', 'vote']]
	]);
	// The sections.yaml example of the same page names the same steps.
	expect(doc).toMatch(/- id: bridge-timeline[\s\S]*- id: plan-filed[\s\S]*- id: vote/);
});
