/**
 * Characters that must not reach a reader's page from a story's text: invisible control
 * characters (NUL, ESC and the like: they mean nothing in prose and some tools choke on them), and
 * the Unicode controls that override the direction of text, which can make "evil" display as
 * "live". Tabs and line breaks are allowed; so are the bidirectional marks (U+200E, U+200F,
 * U+061C) that right-to-left text needs, as they reorder nothing on their own.
 */

const NAMES: Record<number, string> = {
	0x00: 'null',
	0x1b: 'escape',
	0x7f: 'delete',
	0x202a: 'left-to-right embedding',
	0x202b: 'right-to-left embedding',
	0x202c: 'pop directional formatting',
	0x202d: 'left-to-right override',
	0x202e: 'right-to-left override',
	0x2066: 'left-to-right isolate',
	0x2067: 'right-to-left isolate',
	0x2068: 'first strong isolate',
	0x2069: 'pop directional isolate'
};

const CLASS =
	'[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(CLASS);
const EVERY_UNSAFE = new RegExp(CLASS, 'g');

export interface UnsafeCharacter {
	/** 0-based index in the text. */
	index: number;
	/** What it is, for a message: `U+202E (right-to-left override)`. */
	name: string;
	/** True for a bidirectional control, false for a control character. */
	bidi: boolean;
}

/** The first character of `text` that must not be published, if any. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
	const match = UNSAFE.exec(text);
	if (!match) return undefined;
	const code = match[0].charCodeAt(0);
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = NAMES[code];
	return { index: match.index, name: name ? `${hex} (${name})` : hex, bidi: code >= 0x2000 };
}

/** One sentence for a problem report: what was found, where in the text, and the fix. */
export function describeUnsafeCharacter({ index, name, bidi }: UnsafeCharacter): string {
	return bidi
		? `contains ${name} at character ${index + 1}, an invisible control that can make text display in a different order than it reads; delete it`
		: `contains the invisible control character ${name} at character ${index + 1}; delete it`;
}

/** The text with each such character written as an escape (`\u202E`), for messages. */
export function escapeUnsafe(text: string): string {
	return text.replace(
		EVERY_UNSAFE,
		(c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
	);
}
