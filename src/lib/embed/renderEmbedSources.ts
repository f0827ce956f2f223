/**
 * The list of sources under a single visual's embed, rendered to static HTML on the server (at
 * build time). It never changes once written, yet it is most of the embed's markup (344 of the
 * transcript embed's 530 elements): hydrated with the rest, it cost the page's main thread about
 * as much as the visual itself, on every load. The embed route passes it to <VisualEmbed> as
 * `sourcesHtml`, and the browser keeps it as the server wrote it.
 */
import { render } from 'svelte/server';
import { stripHydrationMarkers } from '../islands/hydrationMarkers';
import { storyContextMap } from '../model/context';
import { citedSources } from '../model/lookup';
import type { Story } from '../model/schema';
import SourcesList from '../ui/SourcesList.svelte';

export function renderEmbedSources(story: Story): string {
	const { body } = render(SourcesList, {
		props: { sources: citedSources(story) },
		context: storyContextMap(story)
	});
	return stripHydrationMarkers(body);
}
