import { describe, expect, it } from 'vitest';
import { sentence, typeset } from './typeset';

describe('typeset', () => {
	it('curls apostrophes and quotation marks without changing a word', () => {
		expect(typeset("He's got to sell this")).toBe('He’s got to sell this');
		expect(typeset('Trump: "The deadline for me is when it\'s over."')).toBe(
			'Trump: “The deadline for me is when it’s over.”'
		);
		expect(typeset("'quoted' and Putin's")).toBe('‘quoted’ and Putin’s');
		expect(typeset('(“x”)')).toBe('(“x”)');
		expect(typeset("in the '90s")).toBe('in the ’90s');
	});
	it('upper-cases the first letter of a phrase that starts a sentence', () => {
		expect(sentence('on X')).toBe('On X');
		expect(sentence('')).toBe('');
	});
});
