// Written by `npm run visuals` (scripts/visualTables.ts) from the kinds listed in catalog.ts.
// Do not edit: add a visual to catalog.ts, then run it.
/**
 * The build's half of the catalog (Node only: the loader and the site's build import it,
 * never a page): each visual's schema and reference checks, from its folder's build.ts.
 */
import type { VisualKind } from '../model/schema.js';
import type { VisualBuild } from './buildTypes.js';
import { build as timeline } from './timeline/build.js';
import { build as transcript } from './transcript/build.js';
import { build as draftPath } from './draft-path/build.js';
import { build as network } from './network/build.js';

export const buildCatalog: { [V in VisualKind]: VisualBuild<V> } = {
	timeline,
	transcript,
	'draft-path': draftPath,
	network
};
