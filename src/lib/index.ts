/**
 * @newsroom/scrolly: scrollytelling for Svelte and SvelteKit.
 *
 * This entry holds everything a browser may need: the scroll engine, the story components and
 * the small UI parts. Import only what you use; the rest is left out of your bundle.
 * Other entries: `./visuals/<name>` (one per visual), `./visuals`, `./islands`,
 * `./islands/server`, `./story/schema`, `./story/server`, `./story/loader` (Node only, from build/),
 * `./theme.css`.
 */
export * from './scrolly/index';
export * from './story/index';
export * from './ui/index';
