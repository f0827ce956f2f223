/**
 * The story schema whole (`@newsroom/scrolly/story/schema`): the model's records and frontmatter
 * (../model/schema.ts), and sections.yaml, whose sections each visual defines in its folder
 * (`<kind>/schema.ts`, listed in buildCatalog.ts). Build time only: zod never reaches a page.
 */
import { z } from 'zod';
import type { Section as SectionType } from '../model/schema.js';
import { RecordFiles } from '../model/schema.js';
import { buildCatalog } from './buildCatalog.js';

export * from '../model/schema.js';

const [first, ...others] = Object.values(buildCatalog).map((visual) => visual.schema);

/** A section of sections.yaml: its `visual` picks which visual's shape it must have. */
export const Section = z.discriminatedUnion('visual', [first!, ...others]) as z.ZodType<
	SectionType,
	unknown
>;

/** Each data file, by name, and the shape of its content. All are optional but sources.yaml. */
export const DataFiles = {
	...RecordFiles,
	'sections.yaml': z.strictObject({ sections: z.array(Section) })
} as const;
