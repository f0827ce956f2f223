/**
 * The catalog of visuals: the one list of them. Every kind a section can show is declared by its
 * own folder (`<kind>/visual.ts`: the shape of its sections, its labels, loaders of what draws
 * it). Islands hydrate a section's graphic from here, and a page that shows one visual loads it
 * from here alone.
 *
 * Adding a visual: its folder, then its line here, then `npm run visuals`, which writes the two
 * tables that follow from this one (registry.ts: the components the server draws with;
 * buildCatalog.ts: the schemas and checks the build uses), each importing every folder
 * statically for its own reader. A folder's visual.ts adds its kind to the model's types, so a
 * line missing here, or tables not written again, is a TypeScript error; README's "Adding a
 * visual" walks through it.
 */
import type { VisualKind } from '../model/schema.js';
import { inLocale } from '../i18n/locales.js';
import type { VisualDeclaration, VisualLabels } from './types.js';
import { visual as draftPath } from './draft-path/visual.js';
import { visual as network } from './network/visual.js';
import { visual as timeline } from './timeline/visual.js';
import { visual as transcript } from './transcript/visual.js';

export const catalog: { [V in VisualKind]: VisualDeclaration<V> } = {
	timeline,
	transcript,
	'draft-path': draftPath,
	network
};

/** Every kind of visual, in the catalog's order. */
export const VISUALS = Object.keys(catalog) as VisualKind[];

/** Everything that draws one kind of visual, loaded alone: a single visual's embed ships that
 * kind's code and no other (the transcript embed: 57.9 KB of JavaScript gzipped on first load,
 * against 96.9 KB with every visual). */
export const loadSectionVisual = <V extends VisualKind>(kind: V) =>
	(catalog[kind] as VisualDeclaration<V>).load();

/** A visual's name and its text alternative's summary in a story's language (English for a
 * language the site does not have). */
export const visualLabels = (kind: VisualKind, locale: string | undefined): VisualLabels =>
	inLocale(catalog[kind].labels, locale);
