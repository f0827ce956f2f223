/**
 * Small, pure lookups over a validated story. The loader has already checked every reference,
 * so a miss here is a programming error and throws with the id that was asked for.
 */
import type { Section, Story } from './schema.js';

type WithId = { id: string };

export function byId<T extends WithId>(items: readonly T[], id: string, what = 'item'): T {
	const found = items.find((item) => item.id === id);
	if (!found) throw new Error(`No ${what} with id "${id}"`);
	return found;
}

export function sectionById(story: Story, id: string): Section {
	return byId(story.sections, id, `section in ${story.slug}/data/sections.yaml`);
}

/** The lists of records a story holds, besides its sources and sections: what a visual may
 * read (VisualDeclaration's `reads`), and what the loader checks the ids of. */
export const STORY_COLLECTIONS = [
	'entities',
	'links',
	'events',
	'calls',
	'reactions',
	'lanes',
	'stages',
	'flows'
] as const satisfies readonly (keyof Story)[];
export type StoryCollection = (typeof STORY_COLLECTIONS)[number];

/** The id of a section's text alternative on a story page (StorySection writes it), so that a
 * visual's text can link to another section's. */
export const textAlternativeId = (sectionId: string) => `text-${sectionId}`;

/** Every source id cited anywhere in the story, in first-cited order. */
export function citedSourceIds(story: Story): string[] {
	const ids = new Set<string>();
	const walk = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value)) {
				if (key === 'sources' && Array.isArray(child)) child.forEach((id) => ids.add(String(id)));
				else if (key === 'publishedBy') ids.add((child as { source: string }).source);
				else walk(child);
			}
		}
	};
	const { sources: _defined, ...rest } = story;
	walk(rest);
	return [...ids];
}

/** The story's sources that something in it cites, in the order sources.yaml lists them. */
export function citedSources(story: Story): Story['sources'] {
	const ids = new Set(citedSourceIds(story));
	return story.sources.filter((s) => ids.has(s.id));
}
