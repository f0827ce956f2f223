import { describe, expect, it } from 'vitest';
import { describeUnsafeCharacter, escapeUnsafe, findUnsafeCharacter } from './unsafeText';

describe('findUnsafeCharacter', () => {
	it.each([
		['NUL', 'a\u0000b', 1, 'U+0000 (null)', false],
		['ESC', '\u001b[31mred', 0, 'U+001B (escape)', false],
		['DEL', 'x\u007f', 1, 'U+007F (delete)', false],
		['a C1 control', 'x\u0085', 1, 'U+0085', false],
		['a right-to-left override', 'A \u202Eevil', 2, 'U+202E (right-to-left override)', true],
		['a left-to-right embedding', '\u202Ax', 0, 'U+202A (left-to-right embedding)', true],
		['an isolate', 'x\u2067y', 1, 'U+2067 (right-to-left isolate)', true]
	])('finds %s', (_name, text, index, name, bidi) => {
		expect(findUnsafeCharacter(text)).toEqual({ index, name, bidi });
	});

	it.each([
		['tabs and line breaks', 'a\tb\nc\r\nd'],
		['right-to-left text with its marks', 'שלום \u200F עולם \u200E x \u061C'],
		['typography', '“Quotes” — dashes… and a non-breaking\u00a0space'],
		['emoji', 'vote 🗳️']
	])('accepts %s', (_name, text) => {
		expect(findUnsafeCharacter(text)).toBeUndefined();
	});

	it('says where and what, and how to fix it', () => {
		expect(describeUnsafeCharacter(findUnsafeCharacter('ab\u0000')!)).toBe(
			'contains the invisible control character U+0000 (null) at character 3; delete it'
		);
		expect(describeUnsafeCharacter(findUnsafeCharacter('\u202E')!)).toMatch(
			/^contains U\+202E \(right-to-left override\) at character 1, an invisible control that can make text display in a different order than it reads; delete it$/
		);
	});

	it('escapes such characters for messages', () => {
		expect(escapeUnsafe('A \u202Eevil\u0000')).toBe('A \\u202Eevil\\u0000');
	});
});
