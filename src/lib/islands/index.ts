/**
 * Islands, browser side: hydrate server-rendered components lazily as the reader nears them.
 * Generic: they know nothing of stories. The server side (`<Island>`) is
 * `@newsroom/scrolly/islands/server`; a whole story page is `startStoryIslands` from
 * `@newsroom/scrolly/story` (and `renderStoryPage` from `…/story/server`).
 */
export {
	hydrateIslands,
	type IslandHandle,
	type IslandKind,
	type IslandRegistry,
	type IslandsOptions
} from './hydrateIslands.svelte';
export { whenNear } from './whenNear';
export {
	getIslandComponent,
	getIslandElement,
	ISLAND_ELEMENT_KEY,
	ISLANDS_KEY,
	type IslandComponent
} from '../model/islandContext';
