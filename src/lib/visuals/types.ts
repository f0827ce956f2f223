/**
 * The contract between a story section and the visual that draws it.
 *
 * Every visual folder provides two components for sections:
 * - `<Name>Section.svelte` gets `SectionVisualProps`: the story, its section and the graphic
 *   state from <Scrolly>. It computes the visual's state with a pure function and draws it.
 * - `<Name>Text.svelte` gets `SectionTextProps` and renders the text alternative (a list, a
 *   table, the transcript) that says what the picture says.
 * Given the same props they render the same markup on the server and in the browser.
 */
import type { Component } from 'svelte';
import type { GraphicState } from '../scrolly/types';
import type { Locale } from '../i18n/locales';
import type { StoryCollection } from '../model/lookup';
import type { SectionOf, Story, StoryLayouts, VisualKind } from '../model/schema';

export interface SectionVisualProps<V extends VisualKind = VisualKind> {
	/** The whole story: the visual finds its events, lines, stages or links in it. */
	story: Story;
	/** The section from sections.yaml: what the graphic shows at each step. */
	section: SectionOf<V>;
	/** The state from <Scrolly>: which step is active, progress, stacked, reduced motion. */
	graphic: GraphicState;
}

export interface SectionTextProps<V extends VisualKind = VisualKind> {
	/** The whole story. */
	story: Story;
	/** The section whose visual this text tells in words. */
	section: SectionOf<V>;
}

export interface SectionVisual<V extends VisualKind = VisualKind> {
	/** Its name and text alternative's summary (its folder's meta.ts). */
	labels: VisualLabelsByLocale;
	graphic: Component<SectionVisualProps<V>>;
	text: Component<SectionTextProps<V>>;
	/** The least height of its pinned graphic on a phone (a CSS length), when it needs more than
	 * --sc-phone-graphic-min-height to draw every step whole. */
	phoneMinHeight?: string;
}

/**
 * What a visual's folder declares for the browser (`visuals/<kind>/visual.ts`), for the catalog
 * (catalog.ts). Loaders only: a page downloads a visual's code when it shows that visual.
 */
/** How a visual is named, in one language. */
export interface VisualLabels {
	/** Its name: an embed's title, the builder's headings ("Timeline"). */
	name: string;
	/** The summary line of its text alternative, the disclosure under the graphic ("Read the
	 * timeline as a list"). */
	textAlternative: string;
}

/** A visual's labels in every language of the site (its folder's meta.ts). */
export type VisualLabelsByLocale = Record<Locale, VisualLabels>;

export interface VisualDeclaration<V extends VisualKind = VisualKind> {
	/** Its name and text alternative's summary in every language of the site: a language left
	 * out is a TypeScript error. */
	labels: VisualLabelsByLocale;
	/** Everything that draws it (its `sectionVisual.ts`): for a page that shows it alone, such as
	 * its embed, which then ships no other visual's code. Written first in each visual.ts: a page
	 * that reaches the catalog gets the stylesheets of the dynamic imports it reaches first, by
	 * module, and the embed loads this one (the html-valid e2e test checks they are linked). */
	load: () => Promise<SectionVisual<V>>;
	/** Its pinned graphic alone: what the story page's islands hydrate. */
	graphic: () => Promise<{ default: Component<SectionVisualProps<V>> }>;
	/** The story's collections it draws from, its sections' own and their notes' included: its
	 * embed writes only these into the page (with the sources they cite), and the others empty.
	 * tests/unit/visual-embed-data.test.ts draws every step from that and from the whole story,
	 * and fails when they differ. */
	reads: readonly StoryCollection[];
	/** The layout it draws from, when it computes one at build time (its prepareStory.ts): its
	 * embed keeps that one and leaves the others out. */
	layout?: keyof StoryLayouts;
	/** Its graphic reads `graphic.progress`: on a story page it is then given the state on every
	 * scrolled frame. Without, it is given the state only when something else in it changes (the
	 * step, the direction, the layout, reduced motion): each update makes Svelte look again at
	 * everything that reads the state, which is work wasted on a picture drawn per step. */
	followsProgress?: boolean;
}

/** What draws a visual, from what its folder's meta.ts declares and its two components
 * (`<Kind>Section.svelte`, `<Kind>Text.svelte`): its sectionVisual.ts and the registry make it
 * alike. */
export const sectionVisualOf = <V extends VisualKind>(
	declared: Pick<SectionVisual<V>, 'labels' | 'phoneMinHeight'>,
	graphic: Component<SectionVisualProps<V>>,
	text: Component<SectionTextProps<V>>
): SectionVisual<V> => ({
	labels: declared.labels,
	graphic,
	text,
	...(declared.phoneMinHeight ? { phoneMinHeight: declared.phoneMinHeight } : {})
});
