import { demoStory } from '$gallery/demoStory';
import { layoutNetworks, networkPicture } from '$lib/visuals/network/layout';
import { prepareNetwork } from '$lib/visuals/network/prepareStory';
import { highlights, links, nodes } from './example';

// Positions and pictures computed while the site is built (as a story's are, in
// src/site/stories.server.ts): the page gets plain numbers, and neither d3-force nor the
// search for the words' places reaches the browser.
export const load = () => {
	// The example's "The money" highlights two lines on the whole picture: room for their words.
	const positions = layoutNetworks(nodes, links, { whole: ['donation', 'grant'] });
	return {
		layouts: prepareNetwork(demoStory),
		positions,
		pictures: highlights.map(({ highlight, view }) =>
			networkPicture(nodes, links, positions, highlight, { view })
		)
	};
};
