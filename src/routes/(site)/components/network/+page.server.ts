import { demoStory } from '$gallery/demoStory';
import { layoutNetworks } from '$lib/visuals/network/layout';

// The demo network's positions, computed while the site is built (as a story's are, in
// $lib/server/stories.ts): the page gets plain numbers and d3-force never reaches the browser.
export const load = () => ({ layouts: layoutNetworks(demoStory.entities, demoStory.links) });
