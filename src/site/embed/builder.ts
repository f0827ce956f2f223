/**
 * What the embed builder page (`/<slug>/embed/`) needs beyond the list of embeddables: the words
 * it carries to the browser and the site's root, from which its snippets' addresses are made.
 */
import type { BuilderMessages } from '$site/words';

/** The builder's words that its page carries to the browser: the server-only ones (page title,
 * descriptions) are functions, which would not serialize. */
const BUILDER_WORDS = [
	'kicker',
	'dek',
	'colors',
	'themes',
	'preview',
	'code',
	'copy',
	'copied',
	'selected',
	'notesTitle',
	'notes'
] as const;

export type BuilderWords = Pick<BuilderMessages, (typeof BUILDER_WORDS)[number]>;

export function builderWords({ builder }: { builder: BuilderMessages }): BuilderWords {
	return Object.fromEntries(BUILDER_WORDS.map((key) => [key, builder[key]])) as BuilderWords;
}

/**
 * The site's root URL, from the URL of a page `depth` folders below it (every page has a trailing
 * slash). Works on the server (prerendering, with kit.prerender.origin) and in the browser, and
 * keeps a BASE_PATH.
 */
export function siteRoot(pageUrl: URL | string, depth: number): string {
	return new URL('../'.repeat(depth) || './', pageUrl).href;
}
