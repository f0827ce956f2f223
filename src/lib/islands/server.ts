/**
 * Islands, server side: render a story page to static HTML in which each section's graphic is
 * an island, to be hydrated by `startStoryIslands` from `@newsroom/scrolly/islands`.
 */
export { default as Island } from './Island.svelte';
export { renderStoryPage } from './renderStoryPage';
