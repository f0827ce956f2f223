/**
 * The story page's only script (the route renders static HTML, `csr = false`): the build adds
 * it to each story page (src/build/storyScript.js); under `npm run dev` the page links it itself.
 */
import { bootStoryPage, STORY_JSON_ATTRIBUTE } from '$lib/story/bootStoryPage';

const root = document.querySelector<HTMLElement>(`[${STORY_JSON_ATTRIBUTE}]`);
if (root) bootStoryPage(root);
