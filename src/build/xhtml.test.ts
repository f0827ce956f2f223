import { describe, expect, it } from 'vitest';
import { htmlToXml, xhtmlStartTag } from './xhtml.js';

const XHTML = 'xmlns="http://www.w3.org/1999/xhtml"';
const SVG = 'xmlns="http://www.w3.org/2000/svg"';

describe('htmlToXml', () => {
	it.each([
		['void elements closed', '<p>a<br>b</p>', `<p ${XHTML}>a<br/>b</p>`],
		['entities as characters, & and < escaped', '<b>a&nbsp;&amp;&lt;&gt;</b>', `<b ${XHTML}>a\u00a0&amp;&lt;&gt;</b>`],
		['attributes quoted and escaped', '<i title=\'say "hi" & <go>\'></i>', `<i ${XHTML} title="say &quot;hi&quot; &amp; &lt;go&gt;"/>`],
		['boolean attributes given a value', '<details open></details>', `<details ${XHTML} open=""/>`],
		['comments dropped', '<!--[0--><p>x</p><!--]-->', `<p ${XHTML}>x</p>`],
		[
			'inline SVG in its own namespace, camel-case kept, back to XHTML inside foreignObject',
			'<div><svg viewBox="0 0 1 1"><foreignObject><p>t</p></foreignObject></svg></div>',
			`<div ${XHTML}><svg ${SVG} viewBox="0 0 1 1"><foreignObject><p ${XHTML}>t</p></foreignObject></svg></div>`
		],
		[
			'xlink attributes declared',
			'<svg><use xlink:href="#a"></use></svg>',
			`<svg ${SVG}><use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#a"/></svg>`
		],
		['text at the top level', 'a < b', 'a &lt; b']
	])('%s', (_case, html, xml) => {
		expect(htmlToXml(html)).toBe(xml);
	});
});

describe('xhtmlStartTag', () => {
	it('declares the namespace on the outermost element only', () => {
		expect(xhtmlStartTag('html', [{ name: 'lang', value: 'en' }], true)).toBe(
			`<html ${XHTML} lang="en">`
		);
		expect(xhtmlStartTag('div', [{ name: 'class', value: 'a "b"' }])).toBe('<div class="a &quot;b&quot;">');
	});
});
