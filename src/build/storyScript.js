/**
 * Points each story page's one script at the chunk the build made of it. A story page is static
 * HTML (its route sets `csr = false`), so SvelteKit writes no script into it; the page links its
 * script's source, `/src/site/storyPage.client.ts`, which `npm run dev` serves as it is. The
 * route keeps that module in the browser build (`_script` in src/routes/(site)/[slug]/+page.ts);
 * this finds its chunk in the client build's manifest and links it instead, by a path relative to
 * the page (as SvelteKit's own links are: `paths.relative`). package.json lists the script among
 * the files with side effects: the bundler would otherwise drop its one call, as it drops unused
 * code of the package's modules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hrefFrom, htmlFiles } from './site.js';

/** The script's source, as the manifest names it. */
export const STORY_SCRIPT_SOURCE = 'src/site/storyPage.client.ts';

/** @param {string} src */
const scriptTag = (src) => `<script type="module" src="${src}"></script>`;

/** The tag a story page renders (src/routes/(site)/[slug]/+page.svelte). */
export const SOURCE_TAG = scriptTag(`/${STORY_SCRIPT_SOURCE}`);

/**
 * @param {string} dir the built site
 * @param {string} clientDir SvelteKit's client build (`builder.getClientDirectory()`), whose
 *   `.vite/manifest.json` names the script's chunk
 * @returns {{ pages: number, file: string }}
 */
export function linkStoryScript(dir, clientDir) {
	const manifestPath = join(clientDir, '.vite', 'manifest.json');
	/** @type {Record<string, { file: string }>} */
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const chunk = manifest[STORY_SCRIPT_SOURCE];
	if (!chunk)
		throw new Error(
			`${manifestPath}: no chunk for ${STORY_SCRIPT_SOURCE}; keep it imported by the story route's _script (src/routes/(site)/[slug]/+page.ts)`
		);
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
		writeFileSync(page, html.replace(SOURCE_TAG, scriptTag(hrefFrom(dir, page, chunk.file))));
		pages++;
	}
	return { pages, file: chunk.file };
}
