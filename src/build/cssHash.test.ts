import { describe, expect, it } from 'vitest';
import { SCOPED_CLASS, shortCssHash } from './cssHash.js';

const hashOf = (input: string) => `h${input.length.toString(36)}abc`;

describe('shortCssHash', () => {
	it('gives a component a six-character class, the same each time', () => {
		const args = { css: '', filename: 'src/lib/A.svelte', hash: hashOf };
		const name = shortCssHash(args);
		expect(name).toMatch(SCOPED_CLASS);
		expect(name).toHaveLength(6);
		expect(shortCssHash(args)).toBe(name);
	});

	it('pads a short hash', () => {
		expect(shortCssHash({ css: '', filename: 'src/lib/B.svelte', hash: () => 'z' })).toBe('s-000z');
	});

	it('stops the build when two components would share a class, naming both', () => {
		shortCssHash({ css: '', filename: 'src/lib/One.svelte', hash: () => 'clash1' });
		expect(() =>
			shortCssHash({ css: '', filename: 'src/lib/Two.svelte', hash: () => 'clash1' })
		).toThrow(/src\/lib\/Two\.svelte: its scoping class s-ash1 is also that of src\/lib\/One\.svelte/);
	});
});
