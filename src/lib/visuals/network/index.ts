/** The network visual: who is connected to whom, from plain data or from a story. */
export { default as Network } from './Network.svelte';
export { default as NetworkSection } from './NetworkSection.svelte';
export { default as NetworkText } from './NetworkText.svelte';
export { default as NetworkExplore } from './NetworkExplore.svelte';
export type {
	NetworkHighlight,
	NetworkLegendItem,
	NetworkLink,
	NetworkNode,
	NetworkView
} from './types';
export type { NetworkLayout, NetworkLayouts, NodePlacement } from './layoutTypes';
