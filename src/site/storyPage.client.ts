/**
 * The story page's only script (the route renders static HTML, `csr = false`). The page links
 * this source, which `npm run dev` serves as it is; the build points the link at the chunk it
 * made of it (src/build/storyScript.js).
 */
import { bootStoryPage, STORY_JSON_ATTRIBUTE } from '$lib/story/bootStoryPage';

const root = document.querySelector<HTMLElement>(`[${STORY_JSON_ATTRIBUTE}]`);
if (root) bootStoryPage(root);
