/**
 * The site's stories, validated at build time by the scrolly-stories Vite plugin.
 * Server-only: the data reaches the browser as page data, never as an import.
 */
import { error } from '@sveltejs/kit';
import { stories } from 'virtual:scrolly/stories';
import type { Story, StorySummary } from '$lib/story/schema';

export function listStories(): StorySummary[] {
	return stories.map(({ slug, meta }) => ({
		slug,
		title: meta.title,
		dek: meta.dek,
		byline: meta.byline,
		published: meta.published,
		updated: meta.updated,
		summary: meta.summary,
		kicker: meta.kicker
	}));
}

export function getStory(slug: string): Story {
	const story = stories.find((s) => s.slug === slug);
	if (!story) error(404, `No story "${slug}"`);
	return story;
}
