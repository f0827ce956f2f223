/**
 * Points each story page's one script at the chunk the build made of it. A story page is static
 * HTML (its route sets `csr = false`), so SvelteKit writes no script into it; the page links its
 * script's source, `/src/site/storyPage.client.ts`, which `npm run dev` serves as it is. The
 * route keeps that module in the browser build (`_script` in src/routes/(site)/[slug]/+page.ts);
 * this finds its chunk in the client build's manifest and links it instead, by a path relative to
 * the page (as SvelteKit's own links are: `paths.relative`). package.json lists the script among
 * the files with side effects: the bundler would otherwise drop its one call, as it drops unused
 * code of the package's modules.
 *
 * The script and the chunks it imports (preloaded beside it, so that they arrive in one round
 * trip, not one after the other) load at low priority: the first paint needs none of them (the
 * page is whole without JavaScript), and at the default, high priority they shared a slow link
 * with the HTML, the stylesheet and the fonts that it does need. Lighthouse's phone, the story
 * served uncompressed: first contentful paint 2.18-2.25 s with them high, 2.0-2.1 s low.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hrefFrom, htmlFiles } from './site.js';

/** The script's source, as the manifest names it. */
export const STORY_SCRIPT_SOURCE = 'src/site/storyPage.client.ts';

/** The tag a story page renders (src/routes/(site)/[slug]/+page.svelte). */
export const SOURCE_TAG = `<script type="module" src="/${STORY_SCRIPT_SOURCE}"></script>`;

/**
 * @param {string} src the script
 * @param {string[]} imports the chunks it imports, all the way down
 */
const scriptTags = (src, imports) =>
	imports.map((href) => `<link rel="modulepreload" href="${href}" fetchpriority="low">`).join('') +
	`<script type="module" src="${src}" fetchpriority="low"></script>`;

/**
 * The files of the chunks a manifest entry imports statically, and those they import, each once
 * (what the browser would otherwise find only as each arrives); not its dynamic imports.
 * @param {Record<string, { file: string; imports?: string[] }>} manifest
 * @param {string} key
 * @returns {string[]}
 */
export function staticImports(manifest, key) {
	/** @type {Set<string>} */
	const seen = new Set();
	/** @param {string} from */
	const visit = (from) => {
		for (const next of manifest[from]?.imports ?? []) {
			if (seen.has(next)) continue;
			seen.add(next);
			visit(next);
		}
	};
	visit(key);
	return [...seen].map((k) => {
		const chunk = manifest[k];
		if (!chunk) throw new Error(`it names ${k}, imported by ${key}, but has no entry for it`);
		return chunk.file;
	});
}

/**
 * @param {string} dir the built site
 * @param {string} clientDir SvelteKit's client build (`builder.getClientDirectory()`), whose
 *   `.vite/manifest.json` names the script's chunk
 * @returns {{ pages: number, file: string }}
 */
export function linkStoryScript(dir, clientDir) {
	const manifestPath = join(clientDir, '.vite', 'manifest.json');
	/** @type {Record<string, { file: string; imports?: string[] }>} */
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const chunk = manifest[STORY_SCRIPT_SOURCE];
	if (!chunk)
		throw new Error(
			`${manifestPath}: no chunk for ${STORY_SCRIPT_SOURCE}; keep it imported by the story route's _script (src/routes/(site)/[slug]/+page.ts)`
		);
	/** @type {string[]} */
	let imports;
	try {
		imports = staticImports(manifest, STORY_SCRIPT_SOURCE);
	} catch (error) {
		throw new Error(`${manifestPath}: ${/** @type {Error} */ (error).message}; build again`);
	}
	let pages = 0;
	for (const page of htmlFiles(dir)) {
		const html = readFileSync(page, 'utf8');
		if (!html.includes(SOURCE_TAG)) {
			if (html.includes(' data-story-json='))
				throw new Error(
					`${page}: a story page without its script (${SOURCE_TAG}); render it as src/routes/(site)/[slug]/+page.svelte does`
				);
			continue;
		}
		const href = (/** @type {string} */ file) => hrefFrom(dir, page, file);
		writeFileSync(page, html.replace(SOURCE_TAG, scriptTags(href(chunk.file), imports.map(href))));
		pages++;
	}
	return { pages, file: chunk.file };
}
