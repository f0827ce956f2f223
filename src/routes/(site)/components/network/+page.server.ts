import { demoStory } from '$gallery/demoStory';
import { layoutNetworks } from '$lib/visuals/network/layout';
import { storyLayoutOptions, storyNetwork } from '$lib/visuals/network/storyNetwork';
import { links, nodes } from './example';

// Positions computed while the site is built (as a story's are, in src/site/stories.server.ts):
// the page gets plain numbers and d3-force never reaches the browser.
export const load = () => {
	const demo = storyNetwork(demoStory.entities, demoStory.links);
	return {
		layouts: layoutNetworks(demo.nodes, demo.links, storyLayoutOptions(demoStory)),
		// The example's "The money" highlights two lines on the whole picture: room for their words.
		positions: layoutNetworks(nodes, links, { whole: ['donation', 'grant'] })
	};
};
