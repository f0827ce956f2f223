/**
 * What the build does to the site after the adapter has written it, in order:
 *  1. the steps' stills out of the HTML, into SVG files (stills.js), with the CSS they use;
 *  2. one stylesheet per page, without the CSS of what only its islands show
 *     (mergePageStylesheets.js);
 *  3. the web fonts cut to the characters of each locale's pages, declared and preloaded by
 *     each page (fonts.js);
 *  4. the critical CSS in each page, its stylesheet where the first screen ends (criticalCss.js);
 *  5. the hashes of those inline styles in each page's Content-Security-Policy (csp.js);
 *  6. each story page's one script pointed at its built chunk (storyScript.js).
 * Plain JavaScript, because svelte.config.js (which runs it) is loaded by Node without a
 * TypeScript step.
 */
import { mergePageStylesheets } from './mergePageStylesheets.js';
import { inlineCriticalCss } from './criticalCss.js';
import { hashInlineStyles } from './csp.js';
import { subsetFonts } from './fonts.js';
import { extractStills } from './stills.js';
import { linkStoryScript } from './storyScript.js';

/**
 * Wraps a SvelteKit adapter: once it has written the site to `dir`, post-processes it.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} dir
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withPostBuild(adapter, dir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const timed = async (/** @type {() => Promise<string> | string} */ step) => {
				const start = performance.now();
				const what = await step();
				builder.log(`${what} (${Math.round(performance.now() - start)} ms)`);
			};
			await timed(async () => {
				const { pages, stills, files } = await extractStills(dir);
				return `Moved ${stills} stills of ${pages} pages into ${files} SVG files`;
			});
			await timed(() => {
				const { pages, files } = mergePageStylesheets(dir);
				return `Merged the stylesheets of ${pages} pages into ${files} files`;
			});
			await timed(async () => {
				const { pages, files, preloaded } = await subsetFonts(dir);
				const most = Math.max(0, ...preloaded.values());
				return `Cut the fonts of ${pages} pages into ${files} files (at most ${most} B preloaded a page)`;
			});
			await timed(async () => {
				const { pages, bytes } = await inlineCriticalCss(dir);
				return `Inlined the critical CSS of ${pages} pages (at most ${bytes} B)`;
			});
			await timed(() => `Allowed the inline styles of ${hashInlineStyles(dir).pages} pages by hash`);
			await timed(() => {
				const { pages, file } = linkStoryScript(dir, builder.getClientDirectory());
				return `Linked ${file} from ${pages} story pages`;
			});
		}
	};
}
