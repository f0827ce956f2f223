import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './suggest';

describe('suggestions for misspelled ids', () => {
	it('measures edit distance', () => {
		expect(editDistance('dmitreiv', 'dmitriev')).toBe(2);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
	it('finds a near miss and ignores unrelated ids', () => {
		expect(closest('dmitreiv', ['witkoff', 'ushakov', 'dmitriev'])).toBe('dmitriev');
		expect(closest('trump', ['putin', 'kremlin'])).toBeUndefined();
		expect(didYouMean('soruces', ['sources', 'status'])).toBe(' (did you mean "sources"?)');
		expect(didYouMean('zzz', ['sources'])).toBe('');
		expect(closest('x', [])).toBeUndefined();
	});
});
