import { describe, expect, it } from 'vitest';
import { embeddables } from '$lib/embed/embeddables';
import { loadStory } from '$lib/build/loader';
import { siteMessagesFor } from '$site/words';
import { oembedFor } from './oembed';

const en = siteMessagesFor('en');

const fixture = loadStory('tests/fixtures/stories/harbour-vote');

describe('oEmbed', () => {
	it('is a rich response whose html is the snippet, with absolute addresses', () => {
		const [feature, timeline] = embeddables(fixture, en);
		const oembed = oembedFor(timeline!, fixture, 'https://graphics.example.org/news/', 'The Desk');
		expect(oembed).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'Timeline: How the harbour vote was won',
			provider_name: 'The Desk',
			provider_url: 'https://graphics.example.org/news/',
			width: 640,
			height: timeline!.height
		});
		expect(oembed.html).toContain(
			'<iframe data-scrolly src="https://graphics.example.org/news/embed/harbour-vote/timeline/?theme=light"'
		);
		expect(oembed.html).toContain(
			'<script src="https://graphics.example.org/news/embed.js" async>'
		);
		expect(oembedFor(feature!, fixture, 'https://x.org/', 'X').title).toBe(fixture.meta.title);
	});
});
