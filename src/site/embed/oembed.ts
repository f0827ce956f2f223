/**
 * oEmbed (https://oembed.com) responses of type `rich`, written as static JSON beside each
 * embed page and announced by a `<link rel="alternate" type="application/json+oembed">`. A CMS
 * that speaks oEmbed (WordPress, Ghost…) turns a pasted story URL into the embed.
 */
import type { Embeddable } from '$lib/embed/embeddables';
import { embedSnippet } from './snippet';

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	author_name: string;
	provider_name: string;
	provider_url: string;
	/** The snippet: the iframe and the host loader. */
	html: string;
	/** Nominal size in px: the iframe is as wide as its column and sizes its own height. */
	width: number;
	height: number;
	cache_age: number;
}

export const OEMBED_WIDTH = 640;

/**
 * @param root     the site's absolute root URL
 * @param provider the publisher's name (PUBLIC_SITE_NAME)
 */
export function oembedFor(
	embeddable: Embeddable,
	story: { meta: { byline?: string | undefined } },
	root: string,
	provider: string
): OEmbedRich {
	const rootUrl = new URL(root);
	return {
		version: '1.0',
		type: 'rich',
		title: embeddable.title,
		// A story without a byline of its own is credited to the publisher.
		author_name: story.meta.byline ?? provider,
		provider_name: provider,
		provider_url: rootUrl.href,
		html: embedSnippet({
			src: new URL(embeddable.path, rootUrl).href,
			loader: new URL('embed.js', rootUrl).href,
			title: embeddable.title,
			height: embeddable.height,
			// As the builder's default: most pages that paste a link are light.
			theme: 'light'
		}),
		width: OEMBED_WIDTH,
		height: embeddable.height,
		cache_age: 3600
	};
}
