/** A `timeline` section in sections.yaml: each step names the events it brings forward. */
import { z } from 'zod';
import { Id, sectionSchema } from '../../model/schema.js';

export const TimelineSectionSchema = sectionSchema('timeline', { events: z.array(Id).min(1) });
