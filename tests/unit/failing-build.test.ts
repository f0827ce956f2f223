/**
 * A broken story must stop the build with one line per problem, naming the file, and no stack
 * trace after it, and must leave no site behind. These run the real build: a problem in the
 * story files fails within seconds, at its start; a page over the size limit fails once the pages
 * are prerendered, before the adapter writes them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { applyPatches, VALID_STORY } from './patchStory';

let temp: string;
beforeEach(() => {
	temp = mkdtempSync(join(tmpdir(), 'broken-story-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

/** Runs `vite build` on the story folders under `stories`; the site would go to `out`. */
function build(stories: string, out: string, config?: string) {
	const result = spawnSync('npx', ['vite', 'build', ...(config ? ['--config', config] : [])], {
		encoding: 'utf8',
		env: { ...process.env, SCROLLY_STORIES: stories, SCROLLY_OUT: out }
	});
	// Colour codes depend on the terminal and on FORCE_COLOR (set on some CI machines): the
	// checks below read the words, so they go.
	return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

/** Nothing from the bundler's internals: no stack frame, no wrapped error. */
function expectNoStack(output: string) {
	expect(output).not.toMatch(/^\s+at /m);
	expect(output).not.toMatch(/RolldownError|\[plugin /);
}

it('fails on a deleted required field, names file and field, and writes nothing', () => {
	const stories = join(temp, 'stories');
	cpSync('stories/american-plan', join(stories, 'american-plan'), { recursive: true });
	const file = join(stories, 'american-plan/data/entities.yaml');
	const text = readFileSync(file, 'utf8');
	const broken = text.replace('    role: U.S. special envoy\n', '');
	expect(broken).not.toBe(text);
	writeFileSync(file, broken);

	const out = join(temp, 'site');
	const { status, output } = build(stories, out);
	expect(status).not.toBe(0);
	expect(output).toMatch(
		/american-plan\/data\/entities\.yaml:\d+: entities\[0\]\.role: is required \(expected text\)/
	);
	expect(output).toContain('Nothing was built.');
	expectNoStack(output);
	expect(existsSync(out)).toBe(false);
}, 60_000);

it('lists every bad input of several stories, one line each, warns, and writes nothing', () => {
	const stories = join(temp, 'stories');
	const story = (slug: string, patches: Parameters<typeof applyPatches>[1]) => {
		cpSync(VALID_STORY, join(stories, slug), { recursive: true });
		applyPatches(join(stories, slug), patches);
	};
	story('alias-bomb', [
		[
			'data/events.yaml',
			'events:',
			'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nevents:'
		]
	]);
	// Over the default limit of a data file (512 KB), in comments alone.
	story('too-big', [['data/events.yaml', 'events:', `# ${'padding '.repeat(70_000)}\nevents:`]]);
	story('reversed', [['story.svx', 'title: A minimal story', 'title: "A \u202Eevil story"']]);
	// Not a problem, a warning: printed, and the build goes on (here, to stop at the others).
	story('inline-step', [
		['story.svx', '<Step id="one">\n\nFirst.\n\n</Step>', '<Step id="one">**First.**</Step>']
	]);

	const out = join(temp, 'site');
	const { status, output } = build(stories, out);
	expect(status).not.toBe(0);
	// Each problem's line, from the story's folder on (the temporary folder's path varies).
	const lines = output
		.split('\n')
		.filter((line) => line.startsWith('  - '))
		.map((line) => line.replace(/^ {2}- .*?\/stories\//, ''));
	expect(lines).toEqual([
		'alias-bomb/data/events.yaml:2: is not valid YAML: its aliases (*name) copy anchored values more than 100 times; write the values out instead',
		'reversed/story.svx:2: frontmatter.title: contains U+202E (right-to-left override) at character 3, an invisible control that can make text display in a different order than it reads; delete it',
		'too-big/data/events.yaml: 548 KB (limit 512 KB); a story this large makes pages no phone can load; split or trim the file, or raise dataFileBytes in the limits of scrollyStories() in vite.config.ts'
	]);
	expect(output).toMatch(
		/^Warning: .*\/stories\/inline-step\/story\.svx:19: <Step id="one">: its text is not read as Markdown/m
	);
	expect(output).toContain('The stories have 3 problems. Nothing was built.');
	expectNoStack(output);
	expect(existsSync(out)).toBe(false);
}, 60_000);

it('fails on a page over the size limit set in the config, and writes nothing', () => {
	// The site's own vite.config.ts, with a page limit that the fixture story's page exceeds.
	const config = join(temp, 'limits.config.mts');
	writeFileSync(
		config,
		`import config from ${JSON.stringify(resolve('vite.config.ts'))};
import { scrollyStories } from ${JSON.stringify(resolve('src/lib/build/vitePlugin.ts'))};
const others = (config.plugins ?? []).filter((p) => !(p && 'name' in p && p.name === 'scrolly-stories'));
export default { ...config, plugins: [scrollyStories({ limits: { pageBytes: 100_000 } }), ...others] };
`
	);
	const out = join(temp, 'site');
	const { status, output } = build('tests/fixtures/stories', out, config);
	expect(status).not.toBe(0);
	expect(output).toMatch(
		/^ {2}- harbour-vote\/index\.html: \d+ KB \(limit 98 KB\); the page of tests\/fixtures\/stories\/harbour-vote is too heavy for a reader's phone; trim the story's data, or raise pageBytes in the limits of scrollyStories\(\) in vite\.config\.ts$/m
	);
	expect(output).toMatch(/^ {2}- embed\/harbour-vote\/index\.html: \d+ KB \(limit 98 KB\)/m);
	expect(output).toContain('Nothing was built.');
	expectNoStack(output);
	expect(existsSync(out)).toBe(false);
}, 240_000);
