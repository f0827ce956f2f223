/** What the timeline needs at build time (Node only, listed in ../buildCatalog.ts). */
import type { VisualBuild } from '../buildTypes.js';
import { TimelineSectionSchema } from './schema.js';

export const build: VisualBuild<'timeline'> = {
	schema: TimelineSectionSchema,
	checks(section, check) {
		section.steps.forEach((step, i) =>
			step.events.forEach((id, j) => check.refer(['steps', i, 'events', j], id, 'events'))
		);
	}
};
