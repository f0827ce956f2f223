/**
 * The stylesheets a built page uses: those it links and does not disable (a merged page keeps
 * its original links, disabled: see mergePageStylesheets.js).
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/**
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
