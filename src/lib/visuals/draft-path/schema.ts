/** A `draft-path` section in sections.yaml: each step shows stages and the flows between them. */
import { z } from 'zod';
import { Id, sectionSchema } from '../../model/schema.js';

export const DraftPathSectionSchema = sectionSchema('draft-path', {
	stages: z.array(Id).min(1),
	flows: z.array(Id).default([])
});
