import { describe, expect, it } from 'vitest';
import { linkHtml, rootHref } from './chrome';

describe('linkHtml', () => {
	it.each([
		['a link', 'All stories', { href: '../' }, '<a href="../">All stories</a>'],
		[
			'attributes in order, an undefined one left out',
			'Newsroom Graphics',
			{ class: 'site-name', href: './', lang: undefined },
			'<a class="site-name" href="./">Newsroom Graphics</a>'
		],
		[
			'text and attributes escaped',
			'Smith & <Jones> "News"',
			{ href: '../?a=1&b="2"', lang: 'en' },
			'<a href="../?a=1&amp;b=&quot;2&quot;" lang="en">Smith &amp; &lt;Jones&gt; &quot;News&quot;</a>'
		]
	])('%s', (_, text, attributes, expected) => {
		expect(linkHtml(text, attributes)).toBe(expected);
	});
});

describe('rootHref', () => {
	it.each([
		['/', '', './'],
		['/american-plan/', '', '../'],
		['/uk/american-plan/', '', '../../'],
		['/components/status-badge/', '', '../../'],
		['/news/graphics/', '/news/graphics', './'],
		['/news/graphics/american-plan/embed/', '/news/graphics', '../../']
	])('%s under "%s": %s', (pathname, base, expected) => {
		expect(rootHref(pathname, base)).toBe(expected);
	});
});
