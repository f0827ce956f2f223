/**
 * What the build's post-processing steps (postBuild.js) know of a built site: where its hashed
 * assets go, its pages, and the stylesheets a page uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** SvelteKit's hashed assets, cached for ever: where the steps write the files they make. */
export const ASSETS = '_app/immutable/assets';

/**
 * The address of a file of the built site from one of its pages, relative to the page (as
 * SvelteKit's own links are: `paths.relative`), with forward slashes on any system.
 * @param {string} dir the built site
 * @param {string} page an HTML file in it
 * @param {string} file a path inside `dir`
 * @returns {string}
 */
export function hrefFrom(dir, page, file) {
	return relative(dirname(page), join(dir, file)).split(sep).join('/');
}

/**
 * Every HTML file of a built site, outside SvelteKit's `_app` folder (also used by the tests to
 * find every page).
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
	/** @type {string[]} */
	const found = [];
	const walk = (/** @type {string} */ folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name.endsWith('.html')) found.push(path);
		}
	};
	walk(dir);
	return found;
}

/**
 * The stylesheets a built page uses: those it links and does not disable (a merged page keeps
 * its original links, disabled: see mergePageStylesheets.js).
 * @param {string} dir the built site
 * @param {string} page an HTML file in it
 * @param {string} html its text
 * @returns {{ href: string; file: string; css: string }[]}
 */
export function linkedStylesheets(dir, page, html) {
	return [...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => tag)
		.filter((tag) => /\brel="stylesheet"/.test(tag) && !/\sdisabled\b/.test(tag))
		.map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
		.filter((href) => href !== undefined)
		.map((href) => {
			const file = resolve(dirname(page), href);
			try {
				return { href, file, css: readFileSync(file, 'utf8') };
			} catch {
				throw new Error(
					`${relative(dir, page)}: links ${href}, which is not in the build. Rebuild from a clean build folder.`
				);
			}
		});
}

/**
 * Whether a `@font-face` rule needs no download: its sources are `local()` only, a stand-in drawn
 * from the reader's own fonts (src/fonts.css). Stills and pages declare these themselves.
 * @param {import('postcss').AtRule} rule
 */
export function isLocalFace(rule) {
	let src = '';
	rule.walkDecls('src', (decl) => void (src = decl.value));
	return !/url\(/.test(src);
}
