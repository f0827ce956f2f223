// @vitest-environment jsdom
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractStills, pageViewportHeights, textAlternative } from './stills.js';

let dir: string;
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const svgs = () =>
	readdirSync(join(dir, '_app/immutable/assets')).filter((f) => /^still\..*\.svg$/.test(f));

const CSS = [
	"@font-face{font-family:'Web';src:url(./web.woff2) format('woff2')}",
	"@font-face{font-family:'Web Fallback';src:local('Arial')}",
	':root{--fg:#111}',
	'@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--fg:#eee}}',
	'.scrolly:not([data-layout=stacked]) .scrolly-step-graphic{display:none}',
	'.chart{gap:.8svh;color:var(--fg)}',
	'.unused-rule{color:red}'
].join('');

/** A step as Step.svelte renders it on a story page: its still kept in <noscript>. */
const step = (id: string, still: string) =>
	`<div id="${id}" class="scrolly-step"><div class="scrolly-step-body"><p>Text of ${id}</p></div>` +
	`<div class="scrolly-step-graphic"><noscript>${still}</noscript></div></div>`;
const still = (label: string | null, inner: string) =>
	`<!--[0--><div class="static-graphic" role="img"${label === null ? '' : ` aria-label="${label}"`}>` +
	`<div class="chart">${inner}</div></div><!--]-->`;
const page = (...steps: string[]) =>
	'<!doctype html><html lang="en"><head><meta charset="utf-8">' +
	'<link href="../_app/immutable/assets/page.css" rel="stylesheet">' +
	'<link href="../_app/immutable/assets/a.css" rel="stylesheet" disabled></head>' +
	'<body><main><div class="scrolly" data-layout="ssr"><div class="scrolly-steps">' +
	steps.join('') +
	'</div></div></main></body></html>';

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'stills-'));
	write('_app/immutable/assets/page.css', CSS);
	write('_app/immutable/assets/a.css', '.unused-rule{color:red}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('extractStills', () => {
	it('writes each distinct still once and leaves a lazy image with its text alternative', async () => {
		const one = still('Oct. 14: “the first call” &amp; more', '<p>One&nbsp;<b>bold</b><br></p>');
		const two = still('The second', '<svg viewBox="0 0 2 2"><circle r="1"></circle></svg>');
		write('story/index.html', page(step('s1', one), step('s2', two), step('s3', one)));

		expect(await extractStills(dir)).toEqual({ pages: 1, stills: 3, files: 2 });

		const html = read('story/index.html');
		const images = [...html.matchAll(/<noscript>(<img [^>]*>)<\/noscript>/g)].map((m) => m[1]);
		expect(images).toHaveLength(3);
		expect(images[0]).toMatch(
			/^<img class="scrolly-still" src="\.\.\/_app\/immutable\/assets\/still\.[\w-]{10}\.svg" alt="Oct\. 14: “the first call” &amp; more" loading="lazy" decoding="async">$/
		);
		expect(images[2]).toBe(images[0]);
		expect(images[1]).toContain('alt="The second"');
		// Nothing else of the page changed.
		expect(html.replace(/<noscript>[^]*?<\/noscript>/g, '')).toBe(
			page(step('s1', ''), step('s2', ''), step('s3', '')).replace(/<noscript><\/noscript>/g, '')
		);
	});

	it('makes a well-formed SVG: the still in its page context, stacked, with the CSS it uses', async () => {
		write(
			'story/index.html',
			page(step('s1', still('A', '<p>One&nbsp;two<br></p><svg><circle r="1"></circle></svg>')))
		);
		await extractStills(dir);
		const svg = read(`_app/immutable/assets/${svgs()[0]}`);
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		const html = 'http://www.w3.org/1999/xhtml';
		const frame = doc.querySelector('[data-still-frame]')!;
		expect(frame.getAttribute('class')).toBe('scrolly-step-graphic');
		expect(frame.namespaceURI).toBe(html);
		expect(doc.querySelector('.scrolly')!.getAttribute('data-layout')).toBe('stacked');
		expect(doc.querySelector('.scrolly')!.hasAttribute('data-still-context')).toBe(true);
		expect(doc.querySelector('p')!.textContent).toBe('One\u00a0two');
		expect(doc.querySelector('.chart svg')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
		const css = doc.querySelector('svg > style')!.textContent!;
		expect(css).toContain('--fg:#111');
		expect(css).toContain(':root:not([data-theme=light]){--fg:#eee}');
		expect(css).toContain("font-family:'Web Fallback'");
		expect(css).not.toContain('web.woff2');
		expect(css).not.toContain('unused-rule');
		// In the image, 1vh is a hundredth of the still's box, which is 80 % of the screen.
		expect(css).toContain('gap:1vh');
		// Comments (hydration markers) are gone.
		expect(svg).not.toContain('<!--');
	});

	it('stops the build, naming the page and the step, when a still has no text alternative', async () => {
		write('story/index.html', page(step('s1', still('A', '')), step('s2', still(null, ''))));
		await expect(extractStills(dir)).rejects.toThrow(
			/^story\/index\.html: the still of step #s2 has no text alternative\. Give its graphic an aria-label/
		);
		// Nothing written.
		expect(read('story/index.html')).toContain('<noscript><!--[0-->');
	});

	it('leaves pages without kept stills alone', async () => {
		const inline = page().replace('<main>', `<main><div class="scrolly-step-graphic"><p>x</p></div>`);
		write('embed/index.html', inline);
		expect(await extractStills(dir)).toEqual({ pages: 0, stills: 0, files: 0 });
		expect(read('embed/index.html')).toBe(inline);
	});
});

describe('pageViewportHeights', () => {
	it.each([
		['.8svh', '1vh'],
		['100vh', '125vh'],
		['2dvh', '2.5vh'],
		['var(--gap-1vh)', 'var(--gap-1vh)'],
		['1.6svh', '2vh'],
		['12px', '12px']
	])('%s → %s', (value, expected) => {
		expect(pageViewportHeights(`a{b:${value}}`)).toBe(`a{b:${expected}}`);
	});
});

describe('textAlternative', () => {
	it.each([
		['<div role="img" aria-label="A chart">x</div>', 'A chart'],
		['<div role="group" aria-label="A diagram with notes"><button>n</button></div>', 'A diagram with notes'],
		['<div aria-label="Not a picture">x</div>', undefined],
		['<div role="img">x</div>', undefined],
		['<section><div role="img" aria-label=" Nested "></div></section>', 'Nested']
	])('%s → %s', (markup, alt) => {
		expect(textAlternative(markup)).toBe(alt);
	});
});
