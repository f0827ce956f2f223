import { describe, expect, it } from 'vitest';
import { sendLinkOutOfFrame } from './frameLinks';

const HERE = { href: 'https://embed.example/embed/story/#scrolly=1-2-3-4' };

/** A click on a link with `href` (and `target`), as the capture listener sees it. */
function click(href: string, target = '') {
	const link = { href, target, rel: '' };
	const event = { target: { closest: (s: string) => (s === 'a[href]' ? link : null) } };
	sendLinkOutOfFrame(event as unknown as Event, HERE);
	return { target: link.target, rel: link.rel };
}

describe('sendLinkOutOfFrame', () => {
	it.each([
		['another site', 'https://news.example/a', '', '_blank'],
		['another page of the embed’s site', 'https://embed.example/american-plan/', '', '_blank'],
		['this page, another fragment', 'https://embed.example/embed/story/#sources', '', ''],
		['a link with its own target', 'https://news.example/a', '_top', '_top']
	])('%s', (_, href, target, expected) => {
		const result = click(href, target);
		expect(result.target).toBe(expected);
		expect(result.rel).toBe(expected === '_blank' ? 'noopener' : '');
	});

	it('ignores a click on anything but a link', () => {
		const event = { target: { closest: () => null } };
		expect(() => sendLinkOutOfFrame(event as unknown as Event, HERE)).not.toThrow();
	});
});
