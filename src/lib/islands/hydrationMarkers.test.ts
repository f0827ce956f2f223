import { describe, expect, it } from 'vitest';
import { stripHydrationMarkers } from './hydrationMarkers';

describe('stripHydrationMarkers', () => {
	it.each([
		['block markers around static markup', '<!--[--><p>a</p><!--]-->', '<p>a</p>'],
		['if branches and empty anchors', '<!--[0--><b>x</b><!--]--><!---->', '<b>x</b>'],
		['else and negative branches', '<!--[!--><!--[-1--><i></i><!--]-->', '<i></i>'],
		['a $props.id() seed', '<!--$s1--><span></span>', '<span></span>'],
		['text that looks like a comment, escaped', '<p>&lt;!--[--></p>', '<p>&lt;!--[--></p>'],
		['a comment that is not a marker', '<!-- note --><p></p>', '<!-- note --><p></p>']
	])('outside islands: %s', (_case, html, expected) => {
		expect(stripHydrationMarkers(html)).toBe(expected);
	});

	it('keeps every marker inside an island, however deeply its divs nest', () => {
		const island =
			'<div class="island" data-island="graphic:x" data-island-args="{}">' +
			'<!--[--><div><div><!--[0-->a<!--]--></div><!----></div><!--]--></div>';
		const html = `<!--[--><section>${island}<!--[-1--><p>after</p><!--]--></section><!--]-->`;
		expect(stripHydrationMarkers(html)).toBe(`<section>${island}<p>after</p></section>`);
	});

	it('handles islands one after another and markup between them', () => {
		const island = (n: number) => `<div data-island="k${n}"><!--[-->${n}<!--]--></div>`;
		const html = `${island(1)}<!---->${island(2)}<div><!--]--></div>`;
		expect(stripHydrationMarkers(html)).toBe(`${island(1)}${island(2)}<div></div>`);
	});
});
