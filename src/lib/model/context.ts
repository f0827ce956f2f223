/**
 * The story a page is showing, for the components inside its story.svx (sections, legends,
 * reaction cards) that need its data.
 */
import { getContext, setContext } from 'svelte';
import { messagesFor, type Messages } from '../i18n/index.js';
import type { Story } from './schema.js';

const KEY = Symbol('story');
const MENTIONS = Symbol('claim mentions');
const MESSAGES = Symbol('interface words');

export function setStoryContext(story: Story): Story {
	setContext(MENTIONS, new Set<string>());
	setContext(MESSAGES, messagesFor(story.meta.locale));
	return setContext(KEY, story);
}

/** The same context as a Map, for components mounted or rendered on their own (islands). */
export function storyContextMap(story: Story): Map<unknown, unknown> {
	return new Map<unknown, unknown>([
		[KEY, story],
		[MENTIONS, new Set<string>()],
		[MESSAGES, messagesFor(story.meta.locale)]
	]);
}

/**
 * Notes that the story mentions a fact (a `<Claim>`'s reference to the data, e.g. "call
 * oct-29"), in reading order, which is the order components are created in; true at its first
 * mention. Outside a story (no record kept) every mention is a first.
 */
export function isFirstMention(ref: string): boolean {
	const seen = getContext<Set<string> | undefined>(MENTIONS);
	if (!seen || !seen.has(ref)) {
		seen?.add(ref);
		return true;
	}
	return false;
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

/**
 * The interface words of the story's locale (src/lib/i18n). Outside a story, e.g. a badge in a
 * designer's own page, English.
 */
export function getMessages(): Messages {
	return getContext<Messages | undefined>(MESSAGES) ?? messagesFor('en');
}
