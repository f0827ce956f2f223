/**
 * The CSS of what a reader sees first, in the page; the rest of the stylesheet after it.
 *
 * A page's stylesheet blocks its first paint: on a phone's connection that is a round trip and
 * about 55 KB of CSS (uncompressed) before the headline shows. After the adapter has written
 * the site, this puts in each page's `<head>` a `<style>` with the rules that the beginning of
 * the page uses (its header, headline and text up to the first scrolly section; the whole page
 * when it has none), found by Beasties, and moves the page's stylesheet link to where that
 * beginning ends. A browser paints the beginning at once and waits for the stylesheet only to
 * show what follows the link, so nothing appears unstyled. The CSP allows the `<style>` by its
 * hash (csp.js).
 *
 * The moved link says `fetchpriority="low"`: the first paint does not wait for it (with the
 * stylesheet held back 1.5 s, Chromium painted the flagship's beginning at 256 ms), so the
 * fonts and the page's script, which it does wait for or need first, go ahead of it. Left at
 * the highest priority, it also counts as render-blocking in Lighthouse's model of a phone,
 * which adds its whole download to the first paint (the flagship served uncompressed: 2.63 s;
 * 2.35–2.42 s at low priority).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles, linkedStylesheets } from './site.js';
import { usedCss } from './usedCss.js';

/** Where the beginning of a story page ends: its first scrolly section. */
const FOLD = /<section class="story-section"/;

/** A stylesheet link the page uses (not a disabled original, see mergePageStylesheets.js). */
const LINK = /<link\b(?![^>]*\sdisabled\b)[^>]*\brel="stylesheet"[^>]*>\n?/g;

/**
 * @param {string} dir the built site
 * @returns {Promise<{ pages: number; bytes: number }>} pages given critical CSS, and the most
 *   bytes of it in one page
 */
export async function inlineCriticalCss(dir) {
	let pages = 0;
	let bytes = 0;
	for (const page of htmlFiles(dir)) {
		const html = readFileSync(page, 'utf8');
		const sheets = linkedStylesheets(dir, page, html);
		if (sheets.length === 0) continue;
		const links = [...html.matchAll(LINK)].map(([link]) => lowPriority(link.trim()));
		const critical = await usedCss(sheets.map((s) => s.css).join('\n'), beginning(html));
		const out = moveLinks(html, links, `<style>${critical}</style>`);
		writeFileSync(page, out);
		pages++;
		bytes = Math.max(bytes, Buffer.byteLength(critical));
	}
	return { pages, bytes };
}

/** @param {string} link a stylesheet link */
const lowPriority = (link) =>
	/\sfetchpriority=/.test(link) ? link : link.replace(/\s*\/?>$/, ' fetchpriority="low">');

/**
 * The beginning of the page, as a document whose own styles and scripts are taken out (the
 * HTML parser closes what the cut leaves open).
 * @param {string} html
 */
export function beginning(html) {
	const fold = html.search(FOLD);
	return (fold < 0 ? html : html.slice(0, fold))
		.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*>/g, '');
}

/**
 * Puts `style` where the first stylesheet link was, and the links at the fold (or, in a page
 * without one, before its first script in the body, so that the page's code still starts with
 * the whole stylesheet applied).
 * @param {string} html
 * @param {string[]} links
 * @param {string} style
 */
export function moveLinks(html, links, style) {
	let first = true;
	const without = html.replace(LINK, () => {
		const replacement = first ? style : '';
		first = false;
		return replacement;
	});
	const body = without.search(/<body\b/i);
	const fold = without.search(FOLD);
	const script = without.slice(body).search(/<script\b/i);
	const at = fold >= 0 ? fold : script >= 0 ? body + script : without.search(/<\/body>/i);
	return without.slice(0, at) + links.join('') + without.slice(at);
}
