import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, escapeAttribute } from './snippet';

describe('embedSnippet', () => {
	it('writes the iframe and the loader with escaped attributes', () => {
		expect(
			embedSnippet({
				src: 'https://graphics.example.org/embed/story/',
				loader: 'https://graphics.example.org/embed.js',
				title: 'The "American plan" & <the calls>',
				height: 600.4
			})
		).toBe(
			'<iframe data-scrolly src="https://graphics.example.org/embed/story/" ' +
				'title="The &quot;American plan&quot; &amp; &lt;the calls&gt;" width="100%" height="600" ' +
				'style="border:0;width:100%" loading="lazy"></iframe>\n' +
				'<script src="https://graphics.example.org/embed.js" async></script>'
		);
	});

	it('puts a chosen theme in the URL, and leaves auto out', () => {
		const base = { src: 'https://x.org/embed/s/', title: 't', height: 1 };
		expect(embedSnippet({ ...base, theme: 'dark' })).toContain(
			'src="https://x.org/embed/s/?theme=dark"'
		);
		expect(embedSnippet({ ...base, theme: 'auto' })).toContain('src="https://x.org/embed/s/"');
		expect(embedSnippet(base)).not.toContain('<script');
	});
});

describe('embedUrl', () => {
	it('replaces a theme already in the URL', () => {
		expect(embedUrl('https://x.org/e/?theme=dark', 'light')).toBe('https://x.org/e/?theme=light');
		expect(embedUrl('https://x.org/e/?theme=dark', 'auto')).toBe('https://x.org/e/');
	});
});

describe('escapeAttribute', () => {
	it('escapes ampersands first', () => {
		expect(escapeAttribute('&quot;')).toBe('&amp;quot;');
	});
});
