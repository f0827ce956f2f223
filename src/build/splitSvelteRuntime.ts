/**
 * Keeps the parts of Svelte's runtime that only the islands use out of a story page's first
 * load.
 *
 * Every compiled component imports Svelte's runtime through one barrel module, so the bundler
 * sees every runtime module as needed by every page, and puts all of them that any page of the
 * site uses (the gallery's form bindings, the visuals' keyed lists and resize observers…) into
 * the one chunk every page loads first. That chunk was 21.4 KB gzipped against 10.3 KB on a bare
 * SvelteKit page, and put the story page over its JavaScript budget.
 *
 * This plugin moves the runtime modules no story page needs to hydrate into a chunk of their
 * own, which the islands load with their code. Two settings make that possible:
 *  - the modules are declared free of side effects (they only define functions; Svelte's
 *    package.json does not say so), so the first chunk does not import them just to keep
 *    execution order;
 *  - `includeDependenciesRecursively: false`, so the group takes these modules alone, not the
 *    core runtime they depend on. Rolldown requires entry chunks that may gain exports for it.
 *
 * `npm run bench` measures the effect (first-load JS of the story page); the e2e tests check
 * every island still works.
 */
import type { Plugin } from 'vite';

const RUNTIME = 'node_modules/svelte/src/internal/client/dom/';

/**
 * Runtime modules a story page's first load does not use: keyed `{#each}` lists, `{#key}`,
 * `<svelte:element>`, transitions, input and size bindings, Svelte 4 lifecycle, and setting
 * attributes, classes and styles (the site layout writes its links as markup so that no
 * attribute of the first load changes: src/site/chrome.ts). A module the core runtime itself
 * imports must not be listed (it would then be loaded first anyway).
 */
const ISLAND_ONLY = [
	...[
		'blocks/each.js',
		'blocks/key.js',
		'blocks/svelte-element.js',
		'elements/transitions.js',
		'elements/bindings/input.js',
		'elements/bindings/size.js',
		'elements/bindings/select.js',
		'elements/attributes.js',
		'elements/class.js',
		'elements/style.js',
		'legacy/lifecycle.js'
	].map((path) => RUNTIME + path),
	'node_modules/svelte/src/internal/shared/attributes.js',
	'node_modules/clsx/dist/clsx.mjs'
];

const islandOnly = (id: string) => ISLAND_ONLY.some((path) => id.replaceAll('\\', '/').endsWith(path));

export function splitSvelteRuntime(): Plugin {
	return {
		name: 'scrolly:split-svelte-runtime',
		apply: 'build',
		config: () => ({
			build: {
				rollupOptions: {
					preserveEntrySignatures: 'allow-extension',
					treeshake: { moduleSideEffects: (id: string) => (islandOnly(id) ? false : undefined) },
					output: {
						codeSplitting: {
							includeDependenciesRecursively: false,
							groups: [{ name: 'svelte-islands', test: islandOnly }]
						}
					}
				}
			}
		})
	};
}
