import { describe, expect, it } from 'vitest';
import { textWidth } from './textWidth';

describe('textWidth', () => {
	it.each([
		// Measured in Chromium with canvas measureText, Inter 600 at 100px.
		['Дмитрієв зустрічається з Віткоффом у Маямі', 2280]
	])('measures %s within a few per cent of the browser', (text, measured) => {
		expect(Math.abs(textWidth(text, 100) - measured) / measured).toBeLessThan(0.03);
	});

	it('measures Cyrillic letters, not a default width', () => {
		// «і» is narrow and «Ж» wide: a guessed width would make them the same.
		expect(textWidth('Ж', 10)).toBeGreaterThan(2 * textWidth('і', 10));
	});
});
