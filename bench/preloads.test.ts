import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preloadedFonts } from './preloads';

let dir: string;
const write = (path: string, content: string | Buffer) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), content);
};
const preload = (href: string, as = 'font') =>
	`<link rel="preload" href="${href}" as="${as}" type="font/woff2" crossorigin>`;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'preloads-'));
	write('_app/a.woff2', Buffer.alloc(30_000));
	write('_app/b.woff2', Buffer.alloc(25_000));
	write('_app/c.woff2', Buffer.alloc(9_000));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('preloadedFonts', () => {
	it('sums the fonts each page preloads, relative or from the root, most first', () => {
		write('index.html', `<head>${preload('./_app/c.woff2')}</head>`);
		write(
			'story/index.html',
			`<head>${preload('../_app/a.woff2')}${preload('/_app/b.woff2')}</head>`
		);
		write(
			'embed/story/x/index.html',
			`<head>${preload('../../../_app/c.woff2')}${preload('../../../_app/a.css', 'style')}</head>`
		);
		write('plain/index.html', '<head><link rel="stylesheet" href="../_app/x.css"></head>');
		expect(preloadedFonts(dir)).toEqual([
			{ page: '/story/', bytes: 55_000, files: ['_app/a.woff2', '_app/b.woff2'] },
			{ page: '/', bytes: 9_000, files: ['_app/c.woff2'] },
			{ page: '/embed/story/x/', bytes: 9_000, files: ['_app/c.woff2'] },
			{ page: '/plain/', bytes: 0, files: [] }
		]);
	});
});
