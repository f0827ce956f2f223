/**
 * Scaffolds a new story that builds at once and appears on the index:
 *
 *   npm run new-story -- <slug> [--title "The headline"] [--root <project folder>]
 *
 * Writes stories/<slug>/story.svx and data/{sources,events,sections}.yaml: a frontmatter block, a
 * paragraph, one timeline section of three steps, and placeholder facts that are clearly marked
 * as such. Refuses in one line, writing nothing: a slug that is not kebab-case, one too long for
 * the ids made from it, one the site reserves, a Windows device name, one already used by a
 * story, and an unknown option. The result is checked with the story loader before it is kept.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	formatProblem,
	inspectStory,
	RESERVED_SLUGS,
	WINDOWS_DEVICE_NAMES
} from '../src/lib/build/loader.js';
import { ID_PATTERN, MAX_ID_LENGTH } from '../src/lib/model/schema.js';

/** Folders that hold stories the site or the tests build: a new slug must be free in all. */
const STORY_FOLDERS = ['stories', 'tests/fixtures/stories'];

export interface NewStoryOptions {
	slug: string;
	title?: string;
	/** Project root; stories are written to <root>/stories/<slug>. */
	root: string;
	/** The publication day written in the frontmatter (YYYY-MM-DD); today by default. */
	today?: string;
}

const USAGE = 'npm run new-story -- <slug> [--title "The headline"]';

/** The ids the template makes from the slug end in at most this many characters. */
const LONGEST_SUFFIX = '-timeline'.length;
/** So that every id made from the slug stays within the limit of ids. */
export const MAX_SLUG_LENGTH = MAX_ID_LENGTH - LONGEST_SUFFIX;

/** Why a slug cannot be used, or undefined when it can. */
export function refusal(slug: string, root: string): string | undefined {
	if (!slug) return 'Give the new story a slug: npm run new-story -- my-story';
	if (slug.length > MAX_SLUG_LENGTH) {
		return `the slug is ${slug.length} characters long; use at most ${MAX_SLUG_LENGTH}, so that the ids made from it stay within ${MAX_ID_LENGTH}`;
	}
	if (!ID_PATTERN.test(slug)) {
		const suggestion = slug
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
		return (
			`"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens (kebab-case)` +
			(suggestion && ID_PATTERN.test(suggestion) ? `, e.g. "${suggestion}"` : '')
		);
	}
	if (RESERVED_SLUGS.includes(slug)) {
		return `"${slug}" is reserved for the site's own pages (${RESERVED_SLUGS.join(', ')}); choose another slug`;
	}
	if (WINDOWS_DEVICE_NAMES.test(slug)) {
		return `"${slug}" is a device name on Windows, where its folder cannot be created; choose another slug`;
	}
	for (const folder of STORY_FOLDERS) {
		const existing = join(root, folder, slug);
		if (existsSync(existing)) {
			return `"${slug}" is already used by ${relative(root, existing)}; choose another slug`;
		}
	}
	return undefined;
}

/** Writes the story and returns the files written. Throws on a refusal, writing nothing. */
export function createStory(options: NewStoryOptions): string[] {
	const { slug, root } = options;
	const reason = refusal(slug, root);
	if (reason) throw new Error(reason);
	const title = options.title?.trim() || titleFromSlug(slug);
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const dir = join(root, 'stories', slug);
	const files = storyFiles({ slug, title, today });

	mkdirSync(join(dir, 'data'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

	// The template is tested, but a story that does not validate must never be left behind.
	const { problems } = inspectStory(dir, root);
	if (problems.length) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error(
			`The new story did not validate, so nothing was kept:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`
		);
	}
	return Object.keys(files).map((name) => relative(root, join(dir, name)));
}

function titleFromSlug(slug: string): string {
	const words = slug.split('-').join(' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** YAML double-quoted string (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);

function storyFiles({ slug, title, today }: { slug: string; title: string; today: string }) {
	const section = `${slug}-timeline`;
	const steps = ['first', 'second', 'third'].map((n) => `${slug}-${n}`);
	return {
		'story.svx': `---
title: ${q(title)}
dek: One sentence under the headline that says what the reader will learn.
byline: By Your Name
published: ${today}
updated: ${today}
summary: Two or three sentences for the index, search results and share cards. Replace them.
shareAlt: Describe the share image for people who cannot see it.
kicker: Draft
---

<script>
	import StorySection from '$lib/story/StorySection.svelte';
	import Step from '$lib/scrolly/Step.svelte';
</script>

Write the story's opening here, in markdown. Every fact the story states lives in \`data/\`,
with its status and its sources; see docs/authoring.md.

<StorySection id="${section}">
<Step id="${steps[0]}">

**First step.** The timeline highlights the first event. Replace this text.

</Step>
<Step id="${steps[1]}">

**Second step.** Each step says what the graphic shows in \`data/sections.yaml\`.

</Step>
<Step id="${steps[2]}">

**Third step.** Steps here and states there: same ids, same order.

</Step>
</StorySection>

Close the story here.
`,
		'data/sources.yaml': `# Every source the story cites. Each one must be cited by some fact (sources: [id]).
sources:
  - id: placeholder-source
    outlet: Replace with the outlet
    title: Replace with the title of the piece, or what the document is
    date: ${today.slice(0, 7)}
    kind: news
`,
		'data/events.yaml': `# Dated events for the timeline. status: documented | reported | claimed | disputed.
# A claimed event names its claimant; a disputed one carries its denial (see docs/authoring.md).
events:
  - id: first-event
    date: ${today}
    title: Replace with what happened first
    status: reported
    sources: [placeholder-source]
  - id: second-event
    date: ${today}
    title: Replace with what happened next
    status: reported
    sources: [placeholder-source]
  - id: third-event
    date: ${today}
    title: Replace with what happened last
    status: reported
    sources: [placeholder-source]
`,
		'data/sections.yaml': `# What the graphic of each <StorySection> shows at each of its <Step>s (same ids, same order).
sections:
  - id: ${section}
    visual: timeline
    title: ${q(title)}
    steps:
      - id: ${steps[0]}
        caption: The timeline highlights the first event.
        events: [first-event]
      - id: ${steps[1]}
        caption: The timeline highlights the second event.
        events: [second-event]
      - id: ${steps[2]}
        caption: The timeline highlights the third event.
        events: [third-event]
`
	};
}

/** The command line's slug and options, or a one-line reason to refuse them. */
export function parseCommandLine(args: string[]): { slug: string; title?: string; root: string } {
	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: { title: { type: 'string' }, root: { type: 'string', default: process.cwd() } }
		});
	} catch (error) {
		// Node's messages are long and speak of its own API; say it in a line, with the usage.
		const option = /'(-[^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1];
		const code = (error as { code?: string }).code;
		const what =
			code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
				? `${option ?? 'an option'} needs a value`
				: `unknown option ${option ?? args.find((a) => a.startsWith('-')) ?? ''}`.trim();
		throw new Error(`${what}; usage: ${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (positionals.length > 1) {
		throw new Error(
			`expected one slug, found ${positionals.length} (${positionals.join(' ')}); usage: ${USAGE}`
		);
	}
	return { slug: positionals[0] ?? '', title: values.title, root: resolve(values.root!) };
}

function main() {
	try {
		const { slug, title, root } = parseCommandLine(process.argv.slice(2));
		const files = createStory({ slug, title, root });
		console.log(`Created stories/${slug}/:`);
		for (const file of files) console.log(`  ${file}`);
		console.log(`\nRun \`npm run dev\` and open http://localhost:5173/${slug}/`);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		console.error(`new-story: ${message}`);
		process.exitCode = 1;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main();
