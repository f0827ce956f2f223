/**
 * The schema of sections.yaml's sections: which visual a section shows, and what it shows at each
 * step. Each kind of visual has its own step.
 */
import { z } from 'zod';
import { Id, Text } from './schemaFields.js';

const stepFields = {
	id: Id,
	/** One sentence on what the graphic shows at this step: used as its text alternative and as
	 * the caption of a single-visual embed. */
	caption: Text
};

export const TimelineStep = z.strictObject({ ...stepFields, events: z.array(Id).min(1) });

export const TranscriptStep = z.strictObject({
	...stepFields,
	/** Lines that arrive at this step; lines of earlier steps stay on screen, dimmed. */
	lines: z.array(Id).default([]),
	highlight: z.strictObject({ line: Id, phrase: Text }).optional()
});

export const DraftPathStep = z.strictObject({
	...stepFields,
	stages: z.array(Id).min(1),
	flows: z.array(Id).default([])
});

export const NetworkStep = z.strictObject({
	...stepFields,
	nodes: z.array(Id).default([]),
	links: z.array(Id).default([]),
	/** `focus` (default): the graphic brings the step's nodes and links forward and frames them.
	 * `whole`: it shows the whole network, every node labelled, with the step's nodes and links
	 * (if any) brought forward; a staged network opens and ends on it. */
	view: z.enum(['focus', 'whole']).default('focus')
});

const sectionFields = { id: Id, title: Text.optional() };

export const Section = z.discriminatedUnion('visual', [
	z.strictObject({
		...sectionFields,
		visual: z.literal('timeline'),
		steps: z.array(TimelineStep).min(1)
	}),
	z.strictObject({
		...sectionFields,
		visual: z.literal('transcript'),
		call: Id,
		steps: z.array(TranscriptStep).min(1)
	}),
	z.strictObject({
		...sectionFields,
		visual: z.literal('draft-path'),
		steps: z.array(DraftPathStep).min(1)
	}),
	z.strictObject({
		...sectionFields,
		visual: z.literal('network'),
		steps: z.array(NetworkStep).min(1)
	})
]);
