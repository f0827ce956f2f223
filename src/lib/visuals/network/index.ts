/** The network visual: who is connected to whom, each link status-marked. */
export { default as NetworkSection } from './NetworkSection.svelte';
export { default as NetworkText } from './NetworkText.svelte';
export { default as NetworkExplore } from './NetworkExplore.svelte';
