/**
 * The story schema: the single source of truth for what a story's frontmatter and data files may
 * contain, and of the TypeScript types the rest of the package uses.
 *
 * It runs at build time only (the loader imports it); components import the *types* from here,
 * never the values, so zod never reaches the reader's browser.
 *
 * Objects are strict: an unknown field is an error, because in a newsroom an unknown field is
 * almost always a misspelled known one ("soruces") whose content would silently vanish.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locales.js';
import type { NetworkLayouts } from '../visuals/network/layoutTypes.js';
import type { DraftPathLayout } from '../visuals/draft-path/model.js';
import { LINK_TYPES } from './linkTypes.js';
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
const Text = z
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

function withProvenance<T extends z.ZodRawShape>(shape: T) {
	return z
		.strictObject({ ...shape, ...provenanceFields })
		.superRefine((value, ctx) => requireClaimantAndDenial(value as ProvenanceShape, ctx));
}

// ---------------------------------------------------------------------------------------------
// Frontmatter of story.svx
// ---------------------------------------------------------------------------------------------

export const Frontmatter = z
	.strictObject({
		title: Text,
		/** The standfirst under the headline. */
		dek: Text,
		/** "By Ana Ruiz". Leave it out to credit the publisher: the site then shows the byline
		 * of its configuration (PUBLIC_SITE_BYLINE), so no desk name is written into a story. */
		byline: Text.optional(),
		published: IsoDateTime,
		updated: IsoDateTime,
		/** The period the story reconstructs, shown under the byline. */
		covers: z.strictObject({ from: IsoDate, to: IsoDate }).optional(),
		/** The date its facts were checked through: the latest dated fact it uses (the content
		 * checks hold it to that), shown under the byline. */
		factsCheckedThrough: IsoDate.optional(),
		/** Two or three sentences for the index, search results and share cards. */
		summary: Text,
		/** Describes the share image for people who cannot see it. */
		shareAlt: Text,
		kicker: Text.optional(),
		/** The language the story is written in (`<html lang>`, its interface words and dates). */
		locale: z.enum(LOCALES).default('en')
	})
	.superRefine((fm, ctx) => {
		const problem = (path: string[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		if (fm.updated < fm.published)
			problem(
				['updated'],
				`"${fm.updated}" is before published (${fm.published}); updated must be the same day or later`
			);
		if (fm.covers && fm.covers.to < fm.covers.from)
			problem(['covers', 'to'], `"${fm.covers.to}" is before covers.from (${fm.covers.from})`);
		const checked = fm.factsCheckedThrough;
		if (checked && checked > fm.updated.slice(0, 10))
			problem(
				['factsCheckedThrough'],
				`"${checked}" is after the story was last updated (${fm.updated}); facts cannot be checked through a later day`
			);
		if (checked && fm.covers && fm.covers.to > checked)
			problem(
				['covers', 'to'],
				`"${fm.covers.to}" is after factsCheckedThrough (${checked}); the story cannot cover days its facts were not checked through`
			);
	});

// ---------------------------------------------------------------------------------------------
// Data files
// ---------------------------------------------------------------------------------------------

export const Source = z.strictObject({
	id: Id,
	outlet: Text,
	author: Text.optional(),
	/** The title of the piece, or a description of what it is. */
	title: Text,
	date: PartialDate,
	/** Only where the full address is known; the outlet and date are always shown. */
	url: HttpsUrl.optional(),
	/** How we reached it when not first-hand, e.g. "reprinted by Fortune". */
	via: Text.optional(),
	/** Commentary is cited for what it argues, never as proof of fact. */
	kind: z.enum(['primary', 'news', 'official', 'reference', 'commentary']).default('news')
});

export const EntityFact = withProvenance({ text: Text });

export const Entity = withProvenance({
	id: Id,
	name: Text,
	/** Label for tight spaces (network nodes on phones). */
	short: Text.optional(),
	kind: z.enum(['person', 'organisation']),
	role: Text,
	bio: Text.optional(),
	/** Which side of the story it belongs to, any id ("us", "russia", "council"); visuals colour
	 * by it (`--sc-group-<group>`) and name it, never colour alone. */
	group: Id,
	facts: z.array(EntityFact).default([])
});

export { LINK_TYPES };

/** Any id; the types in LINK_TYPES have wording of their own, any other reads as its words. */
export const LinkType = Id;

export const Link = withProvenance({
	id: Id,
	from: Id,
	to: Id,
	type: LinkType,
	/** Overrides the generic wording of the type, e.g. "CEO of". */
	label: Text.optional(),
	date: PartialDate.optional(),
	note: Text.optional()
});

export const StoryEvent = withProvenance({
	id: Id,
	date: IsoDate,
	/** Last day of an event that spans several days. */
	end: IsoDate.optional(),
	/** Shown instead of the date when only an approximate date is known ("Late January"). */
	dateLabel: Text.optional(),
	title: Text,
	text: Text.optional(),
	/** A caveat, given after the event in the timeline's text: "Outlets in Europe date it Nov. 19." */
	note: Text.optional()
});

export const CallLine = withProvenance({
	id: Id,
	speaker: Id,
	/** `verbatim` lines are quotations; `paraphrase` is our summary and never shown in quotes. */
	kind: z.enum(['verbatim', 'paraphrase']),
	text: Text
});

export const Call = withProvenance({
	id: Id,
	/** Names the call where its text is given: "Witkoff and Ushakov". */
	title: Text,
	date: IsoDate,
	participants: z.array(Id).min(2, 'a call needs at least two participants'),
	/** As the publisher described it, e.g. "a little over five minutes". */
	duration: Text.optional(),
	publishedBy: z.strictObject({ source: Id, date: IsoDate }),
	lines: z.array(CallLine).min(1, 'a call needs at least one line')
});

export const Reaction = withProvenance({
	id: Id,
	/** Reactions criticise; responses and denials answer. The UI gives both equal standing. */
	kind: z.enum(['reaction', 'response', 'denial']),
	entity: Id.optional(),
	name: Text,
	role: Text,
	/** Verbatim words, shown in quotation marks. */
	quote: Text.optional(),
	/** Our paraphrase, never in quotation marks. */
	summary: Text.optional(),
	/** Where it was said: "on X", "to reporters aboard Air Force One". */
	where: Text,
	date: IsoDate
});

export const Lane = z.strictObject({ id: Id, label: Text, description: Text.optional() });

export const Stage = withProvenance({
	id: Id,
	lane: Id,
	/** Orders the stages; when only an approximate date is known, give `dateLabel` too. */
	date: IsoDate,
	end: IsoDate.optional(),
	dateLabel: Text.optional(),
	label: Text,
	text: Text,
	event: Id.optional(),
	/** Anchors words from a call to this stage. */
	quote: z.strictObject({ call: Id, line: Id, phrase: Text.optional() }).optional()
});

export const Flow = withProvenance({
	id: Id,
	from: Id,
	to: Id,
	/** What moved: the paper itself, political pressure, a report, or a contact. */
	kind: z.enum(['paper', 'pressure', 'report', 'contact']),
	label: Text.optional()
});

// --- Scrolly sections: which visual a section shows and its state at each step ---------------

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

export { VISUALS } from './visualKinds.js';

/** Each data file, by name, and the shape of its content. All are optional but sources.yaml. */
export const DataFiles = {
	'sources.yaml': z.strictObject({ sources: z.array(Source) }),
	'entities.yaml': z.strictObject({ entities: z.array(Entity) }),
	'links.yaml': z.strictObject({ links: z.array(Link) }),
	'events.yaml': z.strictObject({ events: z.array(StoryEvent) }),
	'calls.yaml': z.strictObject({ calls: z.array(Call) }),
	'reactions.yaml': z.strictObject({ reactions: z.array(Reaction) }),
	'stages.yaml': z.strictObject({
		lanes: z.array(Lane).min(1),
		stages: z.array(Stage).min(1),
		flows: z.array(Flow).default([])
	}),
	'sections.yaml': z.strictObject({ sections: z.array(Section) })
} as const;

export type DataFileName = keyof typeof DataFiles;

// ---------------------------------------------------------------------------------------------
// Types: derived from the schema, never written by hand.
// ---------------------------------------------------------------------------------------------

export type Frontmatter = z.output<typeof Frontmatter>;
export type Source = z.output<typeof Source>;
export type Entity = z.output<typeof Entity>;
export type EntityFact = z.output<typeof EntityFact>;
export type LinkType = z.output<typeof LinkType>;
export type Link = z.output<typeof Link>;
export type StoryEvent = z.output<typeof StoryEvent>;
export type Call = z.output<typeof Call>;
export type CallLine = z.output<typeof CallLine>;
export type Reaction = z.output<typeof Reaction>;
export type Lane = z.output<typeof Lane>;
export type Stage = z.output<typeof Stage>;
export type Flow = z.output<typeof Flow>;
export type Section = z.output<typeof Section>;
export type VisualKind = Section['visual'];
export type SectionOf<V extends VisualKind> = Extract<Section, { visual: V }>;
export type StepOf<V extends VisualKind> = SectionOf<V>['steps'][number];
export type TimelineStep = StepOf<'timeline'>;
export type TranscriptStep = StepOf<'transcript'>;
export type DraftPathStep = StepOf<'draft-path'>;
export type NetworkStep = StepOf<'network'>;
export type Provenance = Pick<Entity, 'status' | 'sources' | 'claimant' | 'denial'>;

/** A validated story with every reference resolved. This is what pages and visuals receive. */
export interface Story {
	slug: string;
	meta: Frontmatter;
	sources: Source[];
	entities: Entity[];
	links: Link[];
	events: StoryEvent[];
	calls: Call[];
	reactions: Reaction[];
	lanes: Lane[];
	stages: Stage[];
	flows: Flow[];
	sections: Section[];
	/** Positions computed at build time for visuals that need them (server side, see
	 * `src/site/stories.server.ts`); plain numbers, so no layout code reaches the browser. */
	layouts?: { network?: NetworkLayouts; draftPath?: DraftPathLayout };
	/** The story in each language it is published in, itself included (from its translations
	 * folder, see translation.ts): the English story's slug, or `<locale>/<slug>`. */
	editions?: { locale: Frontmatter['locale']; slug: string }[];
}

/** What the index page needs to list a story. */
export type StorySummary = Pick<Story, 'slug'> &
	Pick<Frontmatter, 'locale'> &
	Pick<Frontmatter, 'title' | 'dek' | 'published' | 'updated' | 'summary' | 'kicker' | 'byline'>;
