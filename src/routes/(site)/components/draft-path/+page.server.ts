import { demoStory } from '$gallery/demoStory';
import { draftPathData } from '$lib/visuals/draft-path/fromStory';
import { prepareDraftPath } from '$lib/visuals/draft-path/prepare';
import { path } from './example';

// The layouts, computed while the site is built (as a story's are, in src/site/stories.server.ts):
// the page gets plain numbers, and no label search reaches the browser.
export const load = () => ({
	example: prepareDraftPath(path),
	demo: prepareDraftPath(draftPathData(demoStory))
});
