/**
 * Islands, browser side: hydrate server-rendered components lazily as the reader nears them,
 * and bring a whole static story page to life (`startStoryIslands`).
 * The server side (`<Island>`, `renderStoryPage`) is `@newsroom/scrolly/islands/server`.
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
} from './context';
export { startStoryIslands } from '../story/storyIslands';
