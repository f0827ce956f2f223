/**
 * The HTML a publisher pastes: the iframe and the host loader. Shared by the builder page and
 * the oEmbed JSON, so both give the same code.
 */
import type { EmbedTheme } from '$lib/embed/theme.js';

export interface SnippetOptions {
	/** Absolute URL of the embed page. */
	src: string;
	/** Absolute URL of /embed.js, or undefined for the iframe alone (e.g. for AMP). */
	loader?: string;
	/** The iframe's accessible title. */
	title: string;
	/** Height before the page inside reports its own, in px. */
	height: number;
	theme?: EmbedTheme;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** The embed page's URL with the theme parameter, if one other than `auto` is chosen. */
export function embedUrl(src: string, theme: EmbedTheme = 'auto'): string {
	const url = new URL(src);
	if (theme === 'auto') url.searchParams.delete('theme');
	else url.searchParams.set('theme', theme);
	return url.href;
}

export function embedSnippet({ src, loader, title, height, theme }: SnippetOptions): string {
	const iframe =
		`<iframe data-scrolly src="${escapeAttribute(embedUrl(src, theme))}" ` +
		`title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" ` +
		`style="border:0;width:100%" loading="lazy"></iframe>`;
	return loader ? `${iframe}\n<script src="${escapeAttribute(loader)}" async></script>` : iframe;
}
