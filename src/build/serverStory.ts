/**
 * `virtual:site/server-story`: a story's whole data for the server render of its page, and
 * nothing in the browser build. A story page's server load returns only its head (title, dates…):
 * whatever a server load returns is written into the page's HTML for the browser, and the story
 * is 80 KB there that only the islands read, from story.json. The page's universal load renders
 * the story on the server, so it imports the story through this module.
 */
import type { Plugin } from 'vite';

const ID = 'virtual:site/server-story';

export function serverStory(): Plugin {
	return {
		name: 'site-server-story',
		resolveId(id) {
			return id === ID ? '\0' + ID : undefined;
		},
		load(id, options) {
			if (id !== '\0' + ID) return undefined;
			return options?.ssr
				? `export { getStory } from '$site/stories.server';`
				: `export function getStory() { throw new Error('${ID}: the story is read on the server only'); }`;
		}
	};
}
