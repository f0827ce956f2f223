/** What the draft path needs at build time (Node only, listed in ../buildCatalog.ts); its layout
 * for a story is ./prepareStory.ts. */
import type { VisualBuild } from '../buildTypes.js';
import { DraftPathSectionSchema } from './schema.js';

export const build: VisualBuild<'draft-path'> = {
	schema: DraftPathSectionSchema,
	checks(section, check) {
		section.steps.forEach((step, i) => {
			step.stages.forEach((id, j) => check.refer(['steps', i, 'stages', j], id, 'stages'));
			step.flows.forEach((id, j) => check.refer(['steps', i, 'flows', j], id, 'flows'));
		});
	}
};
