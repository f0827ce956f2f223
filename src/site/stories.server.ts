/**
 * The site's stories, validated at build time by the scrolly-stories Vite plugin.
 * Server-only: the data reaches the browser as page data, never as an import.
 */
import { error } from '@sveltejs/kit';
import { stories } from 'virtual:scrolly/stories';
import { messagesFor } from '$lib/i18n';
import type { Story, StorySummary } from '$lib/model/schema';
import type { StoryPreparation } from '$lib/visuals/buildTypes';
import { visualKinds } from '$lib/embed/embeddables';
import { siteFromEnv } from './site.server';

/** A story without a byline of its own is credited with the publisher's (site.ts): in English,
 * the site's language, as PUBLIC_SITE_BYLINE gives it; in another, as its catalogue words it. */
function withByline<S extends { meta: Story['meta'] }>(story: S): S {
	if (story.meta.byline) return story;
	const site = siteFromEnv();
	const { locale } = story.meta;
	const byline = locale === 'en' ? site.byline : messagesFor(locale).site.byline(site.name);
	return { ...story, meta: { ...story.meta, byline } };
}

export function listStories(): StorySummary[] {
	return stories.map(withByline).map(({ slug, meta }) => ({
		slug,
		title: meta.title,
		dek: meta.dek,
		byline: meta.byline,
		published: meta.published,
		updated: meta.updated,
		summary: meta.summary,
		kicker: meta.kicker,
		locale: meta.locale
	}));
}

const complete = new Map<string, Story>();

/** Each visual's build-time preparation (the network's positions, the draft path's layout and
 * label places), by kind: the `prepareStory.ts` of the visuals' folders that have one. */
const preparations = new Map(
	Object.entries(
		import.meta.glob<StoryPreparation>('/src/lib/visuals/*/prepareStory.ts', {
			eager: true,
			import: 'prepareStory'
		})
	).map(([file, prepare]) => [file.split('/').at(-2)!, prepare])
);

/** Adds what the visuals a story shows compute once at build time. */
export function addLayouts(story: Story): Story {
	const prepared = visualKinds(story).flatMap((kind) => {
		const prepare = preparations.get(kind);
		return prepare
			? [prepare(story, (file, message) => console.warn(`${storyFile(story, file)}: ${message}`))]
			: [];
	});
	return prepared.length ? { ...story, layouts: Object.assign({}, ...prepared) } : story;
}

export function getStory(slug: string): Story {
	const story = stories.find((s) => s.slug === slug);
	if (!story) error(404, `No story "${slug}"`);
	let done = complete.get(slug);
	if (!done) {
		done = addLayouts(withByline(story));
		complete.set(slug, done);
	}
	return done;
}

/** Where a route's parameters point: `american-plan`, or `uk/american-plan` under /uk/. */
export function storyKey(params: { slug: string; locale?: string }): string {
	return params.locale ? `${params.locale}/${params.slug}` : params.slug;
}

/** The parameters of every story page of one kind: English editions (`{ slug }`) for the
 * routes without a locale, the others (`{ locale, slug }`) for those under `[locale]`. */
export function storyParams(translated: false): { slug: string }[];
export function storyParams(translated: true): { locale: string; slug: string }[];
export function storyParams(translated: boolean): { slug: string; locale?: string }[] {
	return stories
		.map(({ slug }) => slug.split('/'))
		.filter((parts) => (parts.length === 2) === translated)
		.map((parts) =>
			parts.length === 2 ? { locale: parts[0]!, slug: parts[1]! } : { slug: parts[0]! }
		);
}

/** The parameters of every single-visual embed, as storyParams gives them, with the visual. */
export function visualParams(translated: false): { slug: string; visual: string }[];
export function visualParams(translated: true): { locale: string; slug: string; visual: string }[];
export function visualParams(translated: boolean): { slug: string; visual: string }[] {
	const editions = translated ? storyParams(true) : storyParams(false);
	return editions.flatMap((params) =>
		visualKinds(getStory(storyKey(params))).map((visual) => ({ ...params, visual }))
	);
}

/** Where a story's words are: `stories/<slug>/<file>`; for an edition in another language, its
 * translation's strings (`stories/<slug>/translations/<locale>/strings.yaml`). */
function storyFile(story: Story, file: string): string {
	const [first, second] = story.slug.split('/');
	return second
		? `stories/${second}/translations/${first}/strings.yaml`
		: `stories/${first}/${file}`;
}
