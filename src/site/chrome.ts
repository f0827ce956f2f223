/**
 * The links of the site's chrome (the header's site name, the footer's "All stories"), as the
 * HTML the site layout writes with `{@html}`, made by its server load. Written as markup rather
 * than as `<a href={…}>` because the layout is hydrated on every page: an attribute that depends
 * on a value would bring Svelte's code for setting attributes into every page's first load
 * (2.6 KB gzipped, which the story page does not otherwise need), while markup made on the
 * server needs no code in the browser at all.
 */
import { escapeAttribute } from './embed/snippet';

/** `<a class="site-name" href="../" lang="en">Newsroom Graphics</a>`: attributes left undefined
 * are not written. */
export function linkHtml(
	text: string,
	attributes: Record<string, string | undefined> & { href: string }
): string {
	const written = Object.entries(attributes)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
		.join('');
	return `<a${written}>${escapeAttribute(text)}</a>`;
}

/** The site's root relative to a page (`./`, `../`, `../../`), as SvelteKit's relative paths
 * write it: from the page's path (always with a trailing slash) and the site's base path. */
export function rootHref(pathname: string, base: string): string {
	const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return '../'.repeat(below.split('/').filter(Boolean).length) || './';
}
