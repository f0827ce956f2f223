/**
 * The story schema's building blocks: ids, dates, addresses, text that may reach a page, statuses,
 * and the provenance every fact carries (schema.ts builds the records from them).
 */
import { z } from 'zod';
import { STATUSES } from './status.js';
import { describeUnsafeCharacter, findUnsafeCharacter } from './unsafeText.js';

// ---------------------------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------------------------

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest id (and slug): ids become page anchors, URLs and embed messages, which stop at 128. */
export const MAX_ID_LENGTH = 128;

export const Id = z
	.string()
	.regex(ID_PATTERN, 'expected an id in kebab-case (lowercase letters, digits, single hyphens)')
	.refine((id) => id.length <= MAX_ID_LENGTH, {
		error: (issue) =>
			`is ${String(issue.input).length} characters long; an id has at most ${MAX_ID_LENGTH}`,
		abort: true
	});

function isCalendarDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day, `YYYY-MM-DD`. YAML dates are read as strings by the loader, never as Date. */
export const IsoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
	.refine(isCalendarDate, 'expected a real calendar date (YYYY-MM-DD)');

/** A day or a time of publication: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`. */
export const IsoDateTime = z
	.string()
	.regex(
		/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/,
		'expected a date written YYYY-MM-DD, or a time written YYYY-MM-DDTHH:MM+00:00'
	)
	.refine((v) => isCalendarDate(v.slice(0, 10)), 'expected a real calendar date');

/** A source's date may be known only to the year or month: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * A bare year is read by YAML as a number; it is accepted and kept as text. */
export const PartialDate = z.union([z.string(), z.int().transform(String)]).pipe(
	z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
		.refine((v) => {
			const [y, m = '01', d = '01'] = v.split('-');
			return isCalendarDate(`${y}-${m}-${d}`);
		}, 'expected a real calendar date')
);

export const HttpsUrl = z.url({
	protocol: /^https$/,
	error: 'expected a full web address starting with https://'
});

/** Prose and labels: not empty, and free of invisible controls (see unsafeText.ts). */
export const Text = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.superRefine((text, ctx) => {
		const unsafe = findUnsafeCharacter(text);
		if (unsafe) ctx.addIssue({ code: 'custom', message: describeUnsafeCharacter(unsafe) });
	});

export const Status = z.enum(STATUSES);

// ---------------------------------------------------------------------------------------------
// Provenance: every fact, quote, event, node and link carries it.
// ---------------------------------------------------------------------------------------------

const Denial = z.strictObject({
	/** Who denies or contests it, e.g. "Yuri Ushakov". */
	by: Text,
	/** What they said, in our words unless `quote` is true. */
	text: Text,
	quote: z.boolean().default(false),
	sources: z.array(Id).min(1, 'a denial needs at least one source id')
});

const provenanceFields = {
	status: Status,
	sources: z.array(Id).min(1, 'needs at least one source id'),
	/** Who asserts a `claimed` fact, shown to the reader: "according to The Insider". */
	claimant: Text.optional(),
	/** The denial on record for a `disputed` fact (optional for other statuses). */
	denial: Denial.optional()
};

type ProvenanceShape = {
	status: (typeof STATUSES)[number];
	claimant?: string | undefined;
	denial?: unknown;
};

/** A claimed fact must name its claimant; a disputed one must carry the denial. */
function requireClaimantAndDenial(value: ProvenanceShape, ctx: z.RefinementCtx) {
	if (value.status === 'claimed' && !value.claimant) {
		ctx.addIssue({
			code: 'custom',
			path: ['claimant'],
			message:
				'is required when status is "claimed": name who asserts it (e.g. claimant: The Insider)'
		});
	}
	if (value.status === 'disputed' && !value.denial) {
		ctx.addIssue({
			code: 'custom',
			path: ['denial'],
			message: 'is required when status is "disputed": give the denial (by, text, sources)'
		});
	}
}

export function withProvenance<T extends z.ZodRawShape>(shape: T) {
	return z
		.strictObject({ ...shape, ...provenanceFields })
		.superRefine((value, ctx) => requireClaimantAndDenial(value as ProvenanceShape, ctx));
}
