import { describe, expect, it } from 'vitest';
import { siteMessagesFor } from '$site/words';

const en = siteMessagesFor('en');
import { builderWords, siteRoot } from './builder';

describe('builderWords', () => {
	it('carries only words that survive the trip to the browser as page data', () => {
		const words = builderWords(en);
		expect(Object.keys(words).length).toBeGreaterThan(5);
		expect(JSON.parse(JSON.stringify(words))).toEqual(words);
	});
});

describe('siteRoot', () => {
	it('walks up from a page, keeping a base path', () => {
		expect(siteRoot('https://x.org/embed/story/', 2)).toBe('https://x.org/');
		expect(siteRoot('https://x.org/graphics/embed/story/timeline/', 3)).toBe(
			'https://x.org/graphics/'
		);
		expect(siteRoot('https://x.org/graphics/embed/story/oembed.json', 2)).toBe(
			'https://x.org/graphics/'
		);
		expect(siteRoot('https://x.org/story/embed/?theme=dark#x', 2)).toBe('https://x.org/');
	});
});
