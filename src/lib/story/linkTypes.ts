/**
 * The kinds of link between two entities, and how they are written for readers.
 *
 * No dependencies, so that components can import the wording without pulling the schema
 * validator (zod) into the reader's JavaScript. The schema builds its `LinkType` enum from the
 * keys of `LINK_TYPES`.
 */

/** How a link reads in a sentence: "{from} works for {to}". A link's own `label` overrides it. */
export const LINK_TYPES = {
	'works-for': 'works for',
	advises: 'advises',
	leads: 'leads',
	'married-to': 'married to',
	'friend-of': 'friend of',
	met: 'met',
	call: 'spoke on a call with',
	'sanctioned-by': 'sanctioned by',
	'relative-of': 'relative of',
	'reported-tie': 'reported tie to',
	commands: 'commands',
	'coordinates-with': 'coordinates with',
	negotiates: 'negotiates with'
} as const;

export type LinkTypeId = keyof typeof LINK_TYPES;

/** A word or two for the line between two nodes, where a sentence does not fit. */
export const LINK_TYPES_SHORT: Record<LinkTypeId, string> = {
	'works-for': 'works for',
	advises: 'advises',
	leads: 'leads',
	'married-to': 'married',
	'friend-of': 'friends',
	met: 'met',
	call: 'call',
	'sanctioned-by': 'sanctioned by',
	'relative-of': 'relative',
	'reported-tie': 'tie',
	commands: 'commands',
	'coordinates-with': 'coordinate',
	negotiates: 'negotiate'
};
