import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineCriticalCss } from './criticalCss.js';

let dir: string;
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

const CSS =
	'h1{font-size:2rem}.dek{color:gray}.story-section{margin:1rem}.step.is-active{color:red}' +
	'@media (min-width:60rem){h1{font-size:3rem}}';
const LINK = '<link href="../_app/immutable/assets/page.css" rel="stylesheet">';
/** The link where the beginning ends: it does not hold back the first paint, so it waits its turn. */
const MOVED = LINK.replace('>', ' fetchpriority="low">');
const DISABLED = '<link href="../_app/immutable/assets/a.css" rel="stylesheet" disabled>';
const head = `<head><meta charset="utf-8"><style>@font-face{font-family:X;src:url(x.woff2)}</style>${LINK}\n${DISABLED}\n</head>`;
const START = '<script>start()</script>';

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'critical-'));
	write('_app/immutable/assets/page.css', CSS);
	write('_app/immutable/assets/a.css', '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('inlineCriticalCss', () => {
	it('inlines the rules of the page up to its first scrolly section, and links the rest there', async () => {
		const body =
			'<body><h1>Title</h1><p class="dek">Dek</p>' +
			'<section class="story-section"><div class="step">Step</div></section>' +
			`${START}</body>`;
		write('story/index.html', `<!doctype html><html>${head}${body}</html>`);
		expect(await inlineCriticalCss(dir)).toMatchObject({ pages: 1 });
		const html = read('story/index.html');
		const style = /<style>(h1[^<]*)<\/style>/.exec(html)?.[1];
		expect(style).toBe('h1{font-size:2rem}.dek{color:gray}@media (min-width:60rem){h1{font-size:3rem}}');
		// The critical rules take the link's place; the stylesheet waits at the section.
		expect(html).toContain(`<style>${style}</style>${DISABLED}`);
		expect(html).toContain(`<p class="dek">Dek</p>${MOVED}<section class="story-section">`);
		expect(html.match(/rel="stylesheet"(?! disabled)/g)).toHaveLength(1);
		// The page's own font faces are untouched.
		expect(html).toContain('<style>@font-face{font-family:X;src:url(x.woff2)}</style>');
	});

	it('inlines what the whole page uses when it has no section, and links the rest before its code', async () => {
		const body = '<body><h1>Title</h1><div class="step">x</div>' + `${START}</body>`;
		write('embed/index.html', `<!doctype html><html>${head}${body}</html>`);
		await inlineCriticalCss(dir);
		const html = read('embed/index.html');
		// A state only the page's code sets (.is-active) comes with the stylesheet.
		expect(html).toContain(
			'<style>h1{font-size:2rem}@media (min-width:60rem){h1{font-size:3rem}}</style>'
		);
		expect(html).toContain(`<div class="step">x</div>${MOVED}${START}`);
	});

	it('leaves a page without stylesheets alone', async () => {
		const page = `<!doctype html><html><head></head><body><h1>x</h1>${START}</body></html>`;
		write('bare/index.html', page);
		expect(await inlineCriticalCss(dir)).toEqual({ pages: 0, bytes: 0 });
		expect(read('bare/index.html')).toBe(page);
	});
});
