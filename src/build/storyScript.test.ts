import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkStoryScript, SOURCE_TAG, STORY_SCRIPT_SOURCE } from './storyScript.js';

const CHUNK = '_app/immutable/chunks/Abc123.js';
const story = `<html><head>${SOURCE_TAG}</head><body><div data-story-json="story.json"></div></body></html>`;
const other = '<html><body><p>Index</p></body></html>';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** A built site with `pages` at their paths, and a client build whose manifest is `manifest`. */
function site(pages: Record<string, string>, manifest: Record<string, unknown>) {
	const root = mkdtempSync(join(tmpdir(), 'story-script-'));
	dirs.push(root);
	const dir = join(root, 'build');
	const client = join(root, 'client');
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	mkdirSync(join(client, '.vite'), { recursive: true });
	writeFileSync(join(client, '.vite', 'manifest.json'), JSON.stringify(manifest));
	return { dir, client, read: (path: string) => readFileSync(join(dir, path), 'utf8') };
}

describe('linkStoryScript', () => {
	it("points each story page's script at the chunk, relative to the page, and leaves other pages", () => {
		const built = site(
			{
				'american-plan/index.html': story,
				'uk/american-plan/index.html': story,
				'index.html': other
			},
			{ [STORY_SCRIPT_SOURCE]: { file: CHUNK } }
		);
		expect(linkStoryScript(built.dir, built.client)).toEqual({ pages: 2, file: CHUNK });
		expect(built.read('american-plan/index.html')).toBe(
			story.replace(SOURCE_TAG, `<script type="module" src="../${CHUNK}" fetchpriority="low"></script>`)
		);
		expect(built.read('uk/american-plan/index.html')).toContain(`src="../../${CHUNK}"`);
		expect(built.read('index.html')).toBe(other);
	});

	it('preloads the chunks the script imports, all the way down and each once, at low priority', () => {
		const chunk = (name: string) => `_app/immutable/chunks/${name}.js`;
		const built = site(
			{ 'american-plan/index.html': story },
			{
				[STORY_SCRIPT_SOURCE]: { file: CHUNK, imports: ['_a.js', '_b.js'], dynamicImports: ['_lazy.js'] },
				'_a.js': { file: chunk('A'), imports: ['_c.js'] },
				'_b.js': { file: chunk('B'), imports: ['_c.js', '_a.js'] },
				'_c.js': { file: chunk('C'), imports: ['_a.js'] },
				'_lazy.js': { file: chunk('Lazy') }
			}
		);
		linkStoryScript(built.dir, built.client);
		const preload = (name: string) =>
			`<link rel="modulepreload" href="../${chunk(name)}" fetchpriority="low">`;
		expect(built.read('american-plan/index.html')).toBe(
			story.replace(
				SOURCE_TAG,
				preload('A') +
					preload('C') +
					preload('B') +
					`<script type="module" src="../${CHUNK}" fetchpriority="low"></script>`
			)
		);
	});

	it.each([
		[
			'the manifest has no chunk for the script',
			{ 'american-plan/index.html': story },
			{},
			/manifest\.json: no chunk for src\/site\/storyPage\.client\.ts; keep it imported by the story route's _script/
		],
		[
			'a story page does not link the script',
			{ 'american-plan/index.html': story.replace(SOURCE_TAG, '') },
			{ [STORY_SCRIPT_SOURCE]: { file: CHUNK } },
			/american-plan\/index\.html: a story page without its script .*; render it as src\/routes/
		],
		[
			'the manifest names an import it has no entry for',
			{ 'american-plan/index.html': story },
			{ [STORY_SCRIPT_SOURCE]: { file: CHUNK, imports: ['_gone.js'] } },
			/manifest\.json: it names _gone\.js, imported by src\/site\/storyPage\.client\.ts, but has no entry for it; build again/
		]
	])('stops the build, naming the file and the fix, when %s', (_case, pages, manifest, error) => {
		const built = site(pages, manifest);
		expect(() => linkStoryScript(built.dir, built.client)).toThrow(error);
		expect(built.read('american-plan/index.html')).toBe(pages['american-plan/index.html']);
	});
});
