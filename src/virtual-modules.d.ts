declare module 'virtual:scrolly/stories' {
	import type { Story } from '$lib/model/schema';
	/** Every story, validated at build time, newest first. Server only. */
	export const stories: Story[];
}

declare module 'virtual:scrolly/story-components' {
	import type { Component } from 'svelte';
	/** Lazy import of each story's compiled story.svx, by slug. */
	export const components: Record<
		string,
		() => Promise<{ default: Component; metadata?: Record<string, unknown> }>
	>;
}

declare module 'virtual:site/server-story' {
	import type { Story } from '$lib/model/schema';
	/** A story's whole data, for the server render (src/build/serverStory.ts). Server only. */
	export function getStory(slug: string): Story;
}

declare module '*.svx' {
	import type { Component } from 'svelte';
	/** A story's text, compiled by mdsvex (svelte.config.js). */
	const content: Component;
	export default content;
	export const metadata: Record<string, unknown> | undefined;
}
