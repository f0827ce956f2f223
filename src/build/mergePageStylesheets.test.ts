import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePageStylesheets, onlyStylesOthers } from './mergePageStylesheets.js';

let dir: string;
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const link = (href: string) => `<link href="${href}" rel="stylesheet">\n`;
const page = (...links: string[]) =>
	`<!doctype html><html><head>\n${links.join('')}<title>t</title></head><body></body></html>`;
const merged = () => readdirSync(join(dir, '_app/immutable/assets')).filter((f) => /^page\./.test(f));

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'merge-css-'));
	write('_app/immutable/assets/a.css', '.a{color:red}');
	write('_app/immutable/assets/b.css', '.b{color:blue}');
	write('_app/immutable/assets/c.css', '.a{color:green}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('mergePageStylesheets', () => {
	it('joins a page’s stylesheets in their order, into one linked file', () => {
		write(
			'story/index.html',
			page(
				link('../_app/immutable/assets/a.css'),
				link('../_app/immutable/assets/b.css'),
				link('../_app/immutable/assets/c.css')
			)
		);
		expect(mergePageStylesheets(dir)).toEqual({ pages: 1, files: 1 });
		const html = read('story/index.html');
		const links = (disabled: boolean) =>
			[...html.matchAll(/<link href="([^"]+)" rel="stylesheet"( disabled)?>/g)]
				.filter((m) => Boolean(m[2]) === disabled)
				.map((m) => m[1]);
		expect(links(false)).toEqual([`../_app/immutable/assets/${merged()[0]}`]);
		// The originals stay, disabled (not fetched), so the client does not add them again.
		expect(links(true)).toEqual(['a', 'b', 'c'].map((n) => `../_app/immutable/assets/${n}.css`));
		// Same order, so the later rule (green) still wins.
		expect(read(`_app/immutable/assets/${merged()[0]}`)).toBe(
			'.a{color:red}\n.b{color:blue}\n.a{color:green}'
		);
		expect(html).toContain('<title>t</title>');
	});

	it('shares one file between pages with the same set, at any depth, and leaves single links', () => {
		const set = (up: string) => [
			link(`${up}_app/immutable/assets/a.css`),
			link(`${up}_app/immutable/assets/b.css`)
		];
		write('index.html', page(...set('./')));
		write('embed/story/index.html', page(...set('../../')));
		write('about/index.html', page(link('../_app/immutable/assets/a.css')));
		expect(mergePageStylesheets(dir)).toEqual({ pages: 2, files: 1 });
		const name = merged()[0];
		expect(read('index.html')).toContain(`href="./_app/immutable/assets/${name}"`);
		expect(read('embed/story/index.html')).toContain(`href="../../_app/immutable/assets/${name}"`);
		expect(read('about/index.html')).toBe(page(link('../_app/immutable/assets/a.css')));
		// Run again: nothing left to merge, nothing changes.
		expect(mergePageStylesheets(dir)).toEqual({ pages: 0, files: 0 });
	});

	it('names the page and the missing file, and writes nothing, when a link points nowhere', () => {
		const html = page(link('../_app/immutable/assets/a.css'), link('../_app/immutable/assets/gone.css'));
		write('a-good-page/index.html', page(...[0, 1].map(() => link('../_app/immutable/assets/a.css'))));
		write('story/index.html', html);
		expect(() => mergePageStylesheets(dir)).toThrow(
			/story\/index\.html: links \.\.\/_app\/immutable\/assets\/gone\.css, which is not in the build/
		);
		expect(read('story/index.html')).toBe(html);
		expect(read('a-good-page/index.html')).toContain('assets/a.css');
		expect(merged()).toEqual([]);
	});

	describe('a page SvelteKit does not hydrate, and the CSS of what only its islands show', () => {
		const HYDRATE = '<script>__sveltekit_abc = {}</script>';
		const body = (markup: string) =>
			`<!doctype html><html><head>\n${['text', 'chart', 'card']
				.map((n) => link(`../_app/immutable/assets/${n}.css`))
				.join('')}</head><body>${markup}</body></html>`;
		beforeEach(() => {
			write('_app/immutable/assets/text.css', 'p.s-aaaa{color:red}');
			write('_app/immutable/assets/chart.css', '.bar.s-bbbb{fill:blue}svg.s-bbbb .s-cccc{x:0}');
			write('_app/immutable/assets/card.css', '.card.s-dddd{padding:0}');
		});

		it('leaves out, and unlinks, a sheet whose components are not in its markup', () => {
			write('story/index.html', body('<p class="s-aaaa">x</p><div class="card s-dddd"></div>'));
			expect(mergePageStylesheets(dir)).toEqual({ pages: 1, files: 1 });
			const html = read('story/index.html');
			expect(read(`_app/immutable/assets/${merged()[0]}`)).toBe(
				'p.s-aaaa{color:red}\n.card.s-dddd{padding:0}'
			);
			// No link at all, so the island's code loads it with its components.
			expect(html).not.toContain('chart.css');
			expect(html).toContain('<link href="../_app/immutable/assets/card.css" rel="stylesheet" disabled>');
		});

		it('keeps every sheet on a page SvelteKit hydrates', () => {
			write('embed/index.html', body(`<p class="s-aaaa">x</p>${HYDRATE}`));
			mergePageStylesheets(dir);
			expect(read(`_app/immutable/assets/${merged()[0]}`)).toContain('.bar.s-bbbb');
			expect(read('embed/index.html')).toContain('chart.css" rel="stylesheet" disabled>');
		});

		it('links nothing when the markup shows none of the components', () => {
			write('bare/index.html', body('<p>plain</p>'));
			expect(mergePageStylesheets(dir)).toEqual({ pages: 1, files: 0 });
			expect(read('bare/index.html')).not.toMatch(/<link/);
		});
	});
});

describe('onlyStylesOthers', () => {
	const shown = new Set(['s-aaaa']);
	it.each([
		['a component not on the page', '.x.s-bbbb{color:red}.s-bbbb .y{top:0}', true],
		['one of its classes on the page', '.x.s-bbbb{color:red}.s-aaaa.y{top:0}', false],
		['a selector without a scoping class', '.x.s-bbbb{color:red}:root{--x:1}', false],
		['one such selector in a list', '.s-bbbb,.global{color:red}', false],
		['rules inside media and keyframes', '@media (min-width:1px){.s-bbbb{top:0}}@keyframes s-bbbb-in{from{opacity:0}to{opacity:1}}', true],
		['a longer class that starts like one', '.s-bbbb-extra{color:red}', false],
		['no rules at all', '', true]
	])('%s', (_what, css, expected) => {
		expect(onlyStylesOthers(css, shown)).toBe(expected);
	});
});
