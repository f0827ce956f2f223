import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePageStylesheets } from './mergePageStylesheets.js';

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
});
