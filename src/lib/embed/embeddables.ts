/**
 * What a publisher can embed from a story: the whole feature and each kind of visual in it, with
 * the paths, titles and steps the embed routes, the builder page and the oEmbed JSON share.
 * (The builder's own parts are the site's: src/site/embed/.)
 */
import type { Section, Story, VisualKind } from '../model/schema';
import { citedSources, STORY_COLLECTIONS } from '../model/lookup';
import { catalog, visualLabels } from '../visuals/catalog';

export type EmbeddableId = 'feature' | VisualKind;

export interface Embeddable {
	id: EmbeddableId;
	/** Path from the site's root, e.g. `embed/american-plan/timeline/`. */
	path: string;
	/** Path of its oEmbed JSON from the site's root. */
	oembedPath: string;
	/** Short name for the builder: "The whole feature", "Timeline". */
	label: string;
	/** The iframe's accessible title. */
	title: string;
	/** What it shows, for the builder page. */
	description: string;
	/** Height of the iframe before the loader (or pym.js, AMP, WordPress) sizes it, in px. */
	height: number;
}

/** The kinds of visual a story uses, in the order they first appear. */
export function visualKinds(story: Pick<Story, 'sections'>): VisualKind[] {
	return [...new Set(story.sections.map((s) => s.visual))];
}

export function isVisualKind(story: Pick<Story, 'sections'>, kind: string): kind is VisualKind {
	return story.sections.some((s) => s.visual === kind);
}

export interface VisualStep {
	section: Section;
	step: Section['steps'][number];
	/** Index of the step inside its section: the `index` of the section's GraphicState. */
	stepIndex: number;
}

/** Every step of every section of one kind, in story order: what a single-visual embed steps
 * through (both calls, for the transcript). */
export function visualSteps(story: Pick<Story, 'sections'>, kind: VisualKind): VisualStep[] {
	return story.sections
		.filter((section) => section.visual === kind)
		.flatMap((section) => section.steps.map((step, stepIndex) => ({ section, step, stepIndex })));
}

/** The ids of all the story's steps, in reading order. */
export function storyStepIds(story: Pick<Story, 'sections'>): string[] {
	return story.sections.flatMap((section) => section.steps.map((step) => step.id));
}

/** The words that name and describe the embeddables in the builder's list: the site's own
 * (src/site/words), not in the interface catalogues that reach the browser. */
export interface EmbeddableWords {
	feature: string;
	featureDescription: (steps: number, sections: number) => string;
	visualSteps: (steps: number) => string;
}

/** An embeddable's title and the path of its oEmbed JSON: what its page's head says. */
export function embeddableHead(
	story: Pick<Story, 'slug' | 'meta'>,
	id: EmbeddableId
): Pick<Embeddable, 'title' | 'oembedPath'> {
	const folder = id === 'feature' ? `embed/${story.slug}/` : `embed/${story.slug}/${id}/`;
	return {
		title:
			id === 'feature'
				? story.meta.title
				: `${visualLabels(id, story.meta.locale).name}: ${story.meta.title}`,
		oembedPath: `${folder}oembed.json`
	};
}

/** What a publisher can embed from `story`, named and described in the words of `t`: the
 * catalogue of the story's locale with the builder's words. */
export function embeddables(
	story: Pick<Story, 'slug' | 'meta' | 'sections'>,
	t: { builder: EmbeddableWords }
): Embeddable[] {
	const feature: Embeddable = {
		id: 'feature',
		path: `embed/${story.slug}/`,
		...embeddableHead(story, 'feature'),
		label: t.builder.feature,
		description: t.builder.featureDescription(storyStepIds(story).length, story.sections.length),
		height: 600
	};
	return [
		feature,
		...visualKinds(story).map((kind): Embeddable => {
			const steps = visualSteps(story, kind);
			const titles = [...new Set(steps.map((s) => s.section.title).filter(Boolean))];
			return {
				id: kind,
				path: `embed/${story.slug}/${kind}/`,
				...embeddableHead(story, kind),
				label: visualLabels(kind, story.meta.locale).name,
				description: `${titles.join('; ')}. ${t.builder.visualSteps(steps.length)}`,
				height: 760
			};
		})
	];
}

/** The story as a single visual's embed writes it into its page, for hydration: the
 * collections the visual reads (its declaration's `reads`), the sections of its kind, the
 * sources those cite, and its own layout. The rest would be downloaded, parsed and kept by every
 * reader's browser for nothing: on the transcript's embed, 63 KB of the page's 128 KB were this
 * data, with every source, entity, event and stage of the story. */
export function storyForVisual(story: Story, kind: VisualKind): Story {
	const { reads, layout } = catalog[kind];
	const kept: Story = { ...story, sections: story.sections.filter((s) => s.visual === kind) };
	for (const collection of STORY_COLLECTIONS)
		if (!reads.includes(collection)) kept[collection] = [];
	const { layouts, ...rest } = kept;
	// The sources its data cites; the layouts only place what that data says.
	rest.sources = citedSources(rest);
	if (!layouts) return rest;
	return layout && layouts[layout] ? { ...rest, layouts: { [layout]: layouts[layout] } } : rest;
}
