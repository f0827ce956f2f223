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
import { LINK_TYPES } from './linkTypes.js';
import {
	HttpsUrl,
	Id,
	ID_PATTERN,
	IsoDate,
	IsoDateTime,
	MAX_ID_LENGTH,
	PartialDate,
	Status,
	Text,
	withProvenance
} from './schemaFields.js';
import { sectionSchema, stepFields } from './sectionSchema.js';

// The building blocks, from here as from their own files; each visual builds its section's
// schema from them (visuals/<kind>/schema.ts), and visuals/schema.ts joins them.
export { HttpsUrl, Id, ID_PATTERN, IsoDate, IsoDateTime, MAX_ID_LENGTH, PartialDate, Status };
export { sectionSchema, stepFields, Text, withProvenance };

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

/** Each data file but sections.yaml, by name, and the shape of its content. All are optional but
 * sources.yaml. (visuals/schema.ts adds sections.yaml, whose sections the visuals define.) */
export const RecordFiles = {
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
	})
} as const;

export type DataFileName = keyof typeof RecordFiles | 'sections.yaml';

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

/**
 * Each visual's section, by kind. Empty here, below the visuals: each visual's folder adds its
 * own (TypeScript declaration merging in `visuals/<kind>/visual.ts`), and the catalog of visuals
 * (visuals/catalog.ts) must then list it, or the types fail.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the visuals
export interface VisualSections {}

export type VisualKind = keyof VisualSections & string;
export type SectionOf<V extends VisualKind> = VisualSections[V];
export type Section = SectionOf<VisualKind>;
export type StepOf<V extends VisualKind> =
	SectionOf<V> extends { steps: readonly (infer Step)[] } ? Step : never;
export type Provenance = Pick<Entity, 'status' | 'sources' | 'claimant' | 'denial'>;

/**
 * What visuals compute at build time for a story, by name. Empty here, below the visuals: each
 * visual with a build-time layout adds its own entry (TypeScript declaration merging, see
 * visuals/network/layoutTypes.ts and visuals/draft-path/model.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the visuals
export interface StoryLayouts {}

/** A translated edition's line or reaction: the words quoted in English keep their original
 * beside the translation (build/translation.ts). */
export type TranslatedLine = CallLine & { original?: string };
export type TranslatedReaction = Reaction & { original?: string };

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
	layouts?: StoryLayouts;
	/** The story in each language it is published in, itself included (from its translations
	 * folder, see translation.ts): the English story's slug, or `<locale>/<slug>`. */
	editions?: { locale: Frontmatter['locale']; slug: string }[];
}

/** What the index page needs to list a story. */
export type StorySummary = Pick<Story, 'slug'> &
	Pick<Frontmatter, 'locale'> &
	Pick<Frontmatter, 'title' | 'dek' | 'published' | 'updated' | 'summary' | 'kicker' | 'byline'>;
