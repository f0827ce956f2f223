/**
 * The build's half of the catalog (Node only: the loader and the site's build import it, never
 * a page): each visual's schema, reference checks and build-time preparation, from its folder's
 * build.ts. Typed by the kinds the folders declare, so a visual left out is a TypeScript error.
 */
import type { VisualKind } from '../model/schema.js';
import type { VisualBuild } from './buildTypes.js';
import { build as draftPath } from './draft-path/build.js';
import { build as network } from './network/build.js';
import { build as timeline } from './timeline/build.js';
import { build as transcript } from './transcript/build.js';

export const buildCatalog: { [V in VisualKind]: VisualBuild<V> } = {
	timeline,
	transcript,
	'draft-path': draftPath,
	network
};

/** One visual's build half, for a section of that kind. (A section's kind and its section are
 * one union; TypeScript cannot pair them without this step.) */
export const buildOf = <V extends VisualKind>(kind: V) => buildCatalog[kind] as VisualBuild<V>;
