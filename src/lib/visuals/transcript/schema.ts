/** A `transcript` section in sections.yaml: one call, revealed line by line. */
import { z } from 'zod';
import { Id, sectionSchema, Text } from '../../model/schema.js';

export const TranscriptSectionSchema = sectionSchema(
	'transcript',
	{
		/** Lines that arrive at this step; lines of earlier steps stay on screen, dimmed. */
		lines: z.array(Id).default([]),
		highlight: z.strictObject({ line: Id, phrase: Text }).optional()
	},
	{ call: Id }
);
