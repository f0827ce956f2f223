/**
 * What the build does to the site after the adapter has written it, in order:
 *  1. one stylesheet per page (mergePageStylesheets.js);
 *  2. the steps' stills out of the HTML, into SVG files (stills.js);
 * Plain JavaScript, because svelte.config.js (which runs it) is loaded by Node without a
 * TypeScript step.
 */
import { mergePageStylesheets } from './mergePageStylesheets.js';
import { extractStills } from './stills.js';

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
				builder.log.minor(`${what} (${Math.round(performance.now() - start)} ms)`);
			};
			await timed(() => {
				const { pages, files } = mergePageStylesheets(dir);
				return `Merged the stylesheets of ${pages} pages into ${files} files`;
			});
			await timed(async () => {
				const { pages, stills, files } = await extractStills(dir);
				return `Moved ${stills} stills of ${pages} pages into ${files} SVG files`;
			});
		}
	};
}
