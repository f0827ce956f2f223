/**
 * Islands, server side: `<Island>` marks a component to be hydrated in the browser by
 * `hydrateIslands` from `@newsroom/scrolly/islands`. A whole story page rendered this way is
 * `renderStoryPage`, from `@newsroom/scrolly/story/server`.
 */
export { default as Island } from './Island.svelte';
