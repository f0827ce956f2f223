/** A `network` section in sections.yaml: each step brings nodes and links forward. */
import { z } from 'zod';
import { Id, sectionSchema } from '../../model/schema.js';

export const NetworkSectionSchema = sectionSchema('network', {
	nodes: z.array(Id).default([]),
	links: z.array(Id).default([]),
	/** `focus` (default): the graphic brings the step's nodes and links forward and frames them.
	 * `whole`: it shows the whole network, every node labelled, with the step's nodes and links
	 * (if any) brought forward; a staged network opens and ends on it. */
	view: z.enum(['focus', 'whole']).default('focus')
});
