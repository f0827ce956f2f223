/**
 * What every section of sections.yaml has, whatever visual it shows: an id, a title, the
 * `visual` that draws it, and its steps, each with an id and a caption. Each visual's folder
 * builds its own section from these (`visuals/<kind>/schema.ts`), and visuals/schema.ts joins
 * them into the schema of sections.yaml; the model stays below the visuals.
 */
import { z } from 'zod';
import { Id, Text } from './schemaFields.js';

/** The fields of every step. */
export const stepFields = {
	id: Id,
	/** One sentence on what the graphic shows at this step: used as its text alternative and as
	 * the caption of a single-visual embed. */
	caption: Text
};

/**
 * The section of one visual: `visual: <kind>`, steps of the visual's own shape (at least one),
 * and any fields of the section itself (the transcript's `call`).
 */
export function sectionSchema<
	const Kind extends string,
	Step extends z.ZodRawShape,
	Fields extends z.ZodRawShape = Record<never, never>
>(visual: Kind, step: Step, fields: Fields = {} as Fields) {
	return z.strictObject({
		id: Id,
		title: Text.optional(),
		visual: z.literal(visual),
		...fields,
		steps: z.array(z.strictObject({ ...stepFields, ...step })).min(1)
	});
}
