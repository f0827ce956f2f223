/** What the network needs at build time (Node only, listed in ../buildCatalog.ts); its positions
 * for a story are ./prepareStory.ts. */
import type { VisualBuild } from '../buildTypes.js';
import { NetworkSectionSchema } from './schema.js';

export const build: VisualBuild<'network'> = {
	schema: NetworkSectionSchema,
	checks(section, check) {
		section.steps.forEach((step, i) => {
			step.nodes.forEach((id, j) => check.refer(['steps', i, 'nodes', j], id, 'entities'));
			step.links.forEach((id, j) => check.refer(['steps', i, 'links', j], id, 'links'));
		});
	}
};
