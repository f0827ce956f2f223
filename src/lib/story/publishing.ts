/**
 * What a story tells search engines and social networks about itself: the `NewsArticle`
 * structured data and the author list behind it. Pure, so it is tested without a page.
 */
import type { Story } from '../model/schema';

/** Absolute addresses of a story, computed at build time from the site's configured origin. */
export interface StoryAddresses {
	/** The canonical address of the story page. */
	canonical: string;
	/** The 1200×630 share image. */
	image: string;
	/** The publisher, as shown in share cards. */
	siteName: string;
}

export interface Author {
	'@type': 'Person' | 'Organization';
	name: string;
}

const DESK = /\b(desk|staff|team|newsroom|editors|graphics)\b/i;

/** "By Ana Ruiz and the graphics desk" → Ana Ruiz (a person), the graphics desk (an organisation). */
export function authorsFromByline(byline: string): Author[] {
	const names = byline
		.replace(/^\s*by\s+/i, '')
		.split(/\s*,\s*(?:and\s+)?|\s+and\s+/i)
		.map((name) => name.trim())
		.filter(Boolean);
	return names.map((name) => ({ '@type': DESK.test(name) ? 'Organization' : 'Person', name }));
}

/** schema.org `NewsArticle` for a story. */
export function newsArticleJsonLd(
	story: Pick<Story, 'meta'>,
	at: StoryAddresses
): Record<string, unknown> {
	const { meta } = story;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: meta.title,
		description: meta.summary,
		inLanguage: meta.locale,
		datePublished: meta.published,
		dateModified: meta.updated,
		// A story without a byline of its own is credited to the publisher.
		author: meta.byline
			? authorsFromByline(meta.byline)
			: [{ '@type': 'Organization', name: at.siteName }],
		publisher: { '@type': 'Organization', name: at.siteName },
		image: [at.image],
		url: at.canonical,
		mainEntityOfPage: { '@type': 'WebPage', '@id': at.canonical },
		isAccessibleForFree: true
	};
}

/** JSON for an inline `<script type="application/ld+json">`: `<` is escaped so that no text in
 * the story can close the script element early. */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
