/**
 * Everything a story page does in the browser, for a page SvelteKit serves as static HTML
 * (`csr = false`): no router, no hydration of the page, so the reader's first load runs only
 * this small module. It
 *  - lets claim notes open on hover and focus too (they work by click without JavaScript);
 *  - brings back every step's still before the page is printed;
 *  - loads the scroll engine and the visuals' islands as the reader nears the first section or
 *    island, with the story's data from its story.json.
 *
 * The page marks its story with `data-story-json`, the address of that file relative to the
 * page (so it holds under any base path and in every edition).
 */
import { whenNear } from '../islands/whenNear';
import { restoreStillsForPrint } from '../scrolly/stills';
import { enableClaimNotes } from '../ui/claimNotes';

/** The attribute on a story's root element that gives its story.json, relative to the page. */
export const STORY_JSON_ATTRIBUTE = 'data-story-json';

export function bootStoryPage(root: HTMLElement): () => void {
	const json = root.getAttribute(STORY_JSON_ATTRIBUTE);
	if (!json) throw new Error(`bootStoryPage: the story's root has no ${STORY_JSON_ATTRIBUTE}`);
	const stopNotes = enableClaimNotes();
	restoreStillsForPrint();
	const stopIslands = whenNear(root.querySelectorAll('.scrolly, [data-island]'), async () => {
		const [{ fetchStory, startStoryIslands }, response] = await Promise.all([
			import('./storyIslands'),
			fetch(new URL(json, document.baseURI))
		]);
		return startStoryIslands(root, await fetchStory(response)).destroy;
	});
	return () => {
		stopIslands();
		stopNotes();
	};
}
