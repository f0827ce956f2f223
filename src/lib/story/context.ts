/**
 * The story a page is showing, for the components inside its story.svx (sections, legends,
 * reaction cards) that need its data.
 */
import { getContext, setContext } from 'svelte';
import type { Story } from './schema.js';

const KEY = Symbol('story');

export function setStoryContext(story: Story): Story {
	return setContext(KEY, story);
}

/** The same context as a Map, for components mounted or rendered on their own (islands). */
export function storyContextMap(story: Story): Map<unknown, unknown> {
	return new Map([[KEY, story]]);
}

/** The enclosing page's story. Throws a clear error when used outside a story page. */
export function getStoryContext(component = 'This component'): Story {
	const story = getContext<Story | undefined>(KEY);
	if (!story) {
		throw new Error(
			`${component} needs a story: use it inside a story.svx rendered by <StoryPage>, ` +
				'or call setStoryContext(story) in a parent component.'
		);
	}
	return story;
}
