/**
 * One stylesheet per page instead of one per component, without the components the page does
 * not show.
 *
 * SvelteKit links the CSS of every component a prerendered page shows, each as its own file: 20
 * on the flagship story. They block the first paint, and on a phone's connection each costs a
 * round trip (Lighthouse's simulated phone: first paint 2.17 s with 20, 1.77 s with one). After
 * the adapter has written the site, this joins each page's linked stylesheets, in their order
 * (so the cascade is unchanged), into one content-hashed file beside them; pages that link the
 * same set share it. Plain JavaScript, because svelte.config.js (which runs it) is loaded by
 * Node without a TypeScript step.
 *
 * The original links stay in the page, `disabled`: a browser does not fetch a disabled
 * stylesheet, and SvelteKit's client, which loads the CSS of each island's components before it
 * hydrates, finds them there and does not add them again. Added again, each would be fetched
 * and would make the browser restyle and lay out the whole page (about 80 ms on a phone, for
 * this story) while the reader scrolls.
 *
 * A page SvelteKit does not hydrate (a story page: `csr = false`) also links the CSS of the
 * visuals its islands mount in the browser, which its markup does not contain (its stills are
 * SVG files by now: stills.js runs first). That CSS, 28 KB of the flagship's 68 KB, is left out
 * of the page's file and its links taken away: the island's own code loads it with its
 * components (Vite's preload of a dynamic import), when the reader nears the graphic. A sheet is
 * left out only when it styles nothing but its own components' elements (every selector has one
 * of their scoping classes, cssHash.js) and the page has none of them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import postcss from 'postcss';
import { SCOPED_CLASS, scopesInSelector } from './cssHash.js';
import { ASSETS, hrefFrom, htmlFiles } from './site.js';

/** A stylesheet link as SvelteKit writes it. */
const LINK = /<link href="([^"]+\.css)" rel="stylesheet">\n?/g;


/**
 * Rewrites every HTML page under `dir` that links two or more stylesheets.
 * @param {string} dir the built site
 * @returns {{ pages: number; files: number }} pages rewritten, merged files written
 */
export function mergePageStylesheets(dir) {
	// Everything is read and checked first, so that a bad link fails the build before any
	// page has been rewritten.
	/** @type {Map<string, string>} */
	const files = new Map();
	/** @type {{ page: string; html: string }[]} */
	const rewrites = [];
	/** Each stylesheet's text, read once however many pages link it. @type {Map<string, string>} */
	const sheets = new Map();
	/** Each stylesheet's own scoping classes (see ownScopes), found once. @type {Map<string, Set<string> | null>} */
	const scopes = new Map();
	for (const page of htmlFiles(dir)) {
		const html = readFileSync(page, 'utf8');
		const hrefs = [...html.matchAll(LINK)].map((m) => /** @type {string} */ (m[1]));
		const shown = hydrated(html) ? undefined : scopingClasses(html);
		const kept = hrefs.filter((href) => {
			if (!shown) return true;
			const css = readLinked(dir, page, href, sheets);
			if (!scopes.has(css)) scopes.set(css, ownScopes(css));
			return !stylesNothingShown(scopes.get(css), shown);
		});
		if (kept.length === hrefs.length && hrefs.length < 2) continue;
		const css = kept.map((href) => readLinked(dir, page, href, sheets)).join('\n');
		const hash = createHash('sha256').update(css).digest('base64url').slice(0, 10);
		const name = `${ASSETS}/page.${hash}.css`;
		if (kept.length > 0) files.set(name, css);
		const href = hrefFrom(dir, page, name);
		let first = kept.length > 0;
		const merged = html.replace(LINK, (_link, original) => {
			if (!kept.includes(original)) return '';
			const disabled = `<link href="${original}" rel="stylesheet" disabled>\n`;
			if (!first) return disabled;
			first = false;
			return `<link href="${href.startsWith('.') ? href : `./${href}`}" rel="stylesheet">\n${disabled}`;
		});
		rewrites.push({ page, html: merged });
	}
	for (const [name, css] of files) writeFileSync(join(dir, name), css);
	for (const { page, html } of rewrites) writeFileSync(page, html);
	return { pages: rewrites.length, files: files.size };
}

/**
 * @param {string} dir
 * @param {string} page
 * @param {string} href
 * @param {Map<string, string>} sheets stylesheets already read, by absolute path
 */
function readLinked(dir, page, href, sheets) {
	const file = resolve(dirname(page), href);
	const known = sheets.get(file);
	if (known !== undefined) return known;
	try {
		const css = readFileSync(file, 'utf8');
		sheets.set(file, css);
		return css;
	} catch {
		throw new Error(
			`${relative(dir, page)}: links ${href}, which is not in the build (${file}). ` +
				'Rebuild from a clean build folder.'
		);
	}
}

/** Whether SvelteKit hydrates the page: its start script is in it. @param {string} html */
const hydrated = (html) => html.includes('__sveltekit_');

/**
 * The scoping classes (cssHash.js) on the page's elements.
 * @param {string} html
 */
function scopingClasses(html) {
	/** @type {Set<string>} */
	const found = new Set();
	for (const [, value = ''] of html.matchAll(/\sclass="([^"]*)"/g))
		for (const name of value.split(/\s+/)) if (SCOPED_CLASS.test(name)) found.add(name);
	return found;
}

/**
 * The scoping classes (cssHash.js) a component's stylesheet names, or null when one of its
 * selectors has none (it may style anything).
 * @param {string} css
 * @returns {Set<string> | null}
 */
function ownScopes(css) {
	/** @type {Set<string> | null} */
	let found = new Set();
	postcss.parse(css).walkRules((rule) => {
		// A keyframe's steps (`from`, `50%`) are not selectors.
		if (rule.parent?.type === 'atrule' && /keyframes$/.test(/** @type {any} */ (rule.parent).name))
			return;
		for (const selector of rule.selectors) {
			const classes = scopesInSelector(selector);
			if (classes.length === 0) found = null;
			else for (const name of classes) found?.add(name);
		}
	});
	return found;
}

/**
 * Whether a sheet with these own scoping classes styles nothing on a page showing `shown`.
 * @param {Set<string> | null | undefined} own
 * @param {Set<string>} shown the page's scoping classes
 */
const stylesNothingShown = (own, shown) => !!own && ![...own].some((name) => shown.has(name));

/**
 * Whether a component's stylesheet styles nothing on the page: every selector of its rules
 * names one of its scoping classes, and none of those is on the page.
 * @param {string} css
 * @param {Set<string>} shown the page's scoping classes
 */
export const onlyStylesOthers = (css, shown) => stylesNothingShown(ownScopes(css), shown);
