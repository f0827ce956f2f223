/**
 * `npm run visuals`: writes src/lib/visuals/registry.ts and buildCatalog.ts from the kinds listed
 * in src/lib/visuals/catalog.ts (see scripts/visualTables.ts). Run it after adding a visual's
 * line to the catalog.
 */
import { VISUALS } from '../src/lib/visuals/catalog';
import { writeVisualTables } from './visualTables';

const changed = await writeVisualTables('src/lib/visuals', VISUALS);
console.log(
	changed.length
		? `visuals: wrote ${changed.map((f) => `src/lib/visuals/${f}`).join(' and ')} for ${VISUALS.join(', ')}`
		: `visuals: the tables already list ${VISUALS.join(', ')}`
);
