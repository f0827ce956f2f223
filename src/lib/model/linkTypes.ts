/**
 * The kinds of link between two entities, and how they are written for readers. A link's type
 * is an open string (any kebab-case id); these are the ones with wording of their own, and
 * any other type reads as its words ("funds-campaign" → "funds campaign").
 *
 * No dependencies, so that components can import the wording without pulling the schema
 * validator (zod) into the reader's JavaScript.
 */

/** How a link reads in a sentence: "{from} works for {to}". A link's own `label` overrides it. */
export const LINK_TYPES: Readonly<Record<string, string>> = {
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
};

/** A word or two for the line between two nodes, where a sentence does not fit. */
export const LINK_TYPES_SHORT: Readonly<Record<string, string>> = {
	'works-for': 'works for',
	advises: 'advises',
	leads: 'leads',
	'married-to': 'married',
	'friend-of': 'friends',
	met: 'met',
	call: 'call',
	'sanctioned-by': 'sanctioned',
	'relative-of': 'relative',
	'reported-tie': 'tie',
	commands: 'commands',
	'coordinates-with': 'coordinate',
	negotiates: 'negotiate'
};

/** A type without wording of its own, as words. */
const asWords = (type: string) => type.replace(/-/g, ' ');

/** The type as it reads in a sentence: "works for". */
export function linkTypeText(type: string): string {
	return LINK_TYPES[type] ?? asWords(type);
}

/** The type in a word or two: "works for", "friends". */
export function linkTypeShort(type: string): string {
	return LINK_TYPES_SHORT[type] ?? asWords(type);
}
