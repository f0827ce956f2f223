import { describe, expect, it } from 'vitest';
import { loadStory } from '../build/loader';
import { authorsFromByline, newsArticleJsonLd, serializeJsonLd } from './publishing';

describe('authorsFromByline', () => {
	it('reads people and desks from a byline', () => {
		expect(authorsFromByline('By the graphics desk')).toEqual([
			{ '@type': 'Organization', name: 'the graphics desk' }
		]);
		expect(authorsFromByline('By Ana Ruiz, Li Wei and the data team')).toEqual([
			{ '@type': 'Person', name: 'Ana Ruiz' },
			{ '@type': 'Person', name: 'Li Wei' },
			{ '@type': 'Organization', name: 'the data team' }
		]);
	});
});

describe('newsArticleJsonLd', () => {
	it('describes the story with its dates, author, image and canonical address', () => {
		// The flagship names no author of its own: it is credited to the publisher.
		const story = loadStory('stories/american-plan');
		const at = {
			canonical: 'https://example.org/g/american-plan/',
			image: 'https://example.org/g/american-plan/share.png',
			siteName: 'Example'
		};
		expect(newsArticleJsonLd(story, at)).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: story.meta.title,
			datePublished: story.meta.published,
			dateModified: story.meta.updated,
			author: [{ '@type': 'Organization', name: 'Example' }],
			image: [at.image],
			mainEntityOfPage: { '@id': at.canonical }
		});
	});

	it('credits the authors a story names', () => {
		const story = loadStory('stories/american-plan');
		const named = { ...story, meta: { ...story.meta, byline: 'By Ana Ruiz' } };
		expect(
			newsArticleJsonLd(named, { canonical: 'https://e.org/', image: 'x', siteName: 'E' }).author
		).toEqual([{ '@type': 'Person', name: 'Ana Ruiz' }]);
	});

	it('serializes so that no text can close the script element', () => {
		const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('<');
		expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
	});
});
