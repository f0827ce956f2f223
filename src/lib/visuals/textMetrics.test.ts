import { describe, expect, it } from 'vitest';
import { lineStyle, measureBlock, textWidth, wrapText, type TextStyle } from './textMetrics';

const body: TextStyle = { face: 'sans', size: 13, lineHeight: 16 };

describe('textMetrics', () => {
	it('measures wider text as wider, bolder and bigger text as wider still', () => {
		expect(textWidth('iii', body)).toBeLessThan(textWidth('WWW', body));
		expect(textWidth('Moscow', body)).toBeLessThan(
			textWidth('Moscow', { ...body, face: 'sansSemibold' })
		);
		expect(textWidth('Moscow', { ...body, size: 26 })).toBeCloseTo(2 * textWidth('Moscow', body));
	});

	it('matches the browser within a few per cent (Inter 600 at 100px, measured in Chromium)', () => {
		// Chromium's canvas measured "Dmitriev meets Witkoff in Miami" at 1537px (600, 100px).
		const estimate = textWidth('Dmitriev meets Witkoff in Miami', {
			face: 'sansSemibold',
			size: 100,
			lineHeight: 120
		});
		expect(Math.abs(estimate - 1537) / 1537).toBeLessThan(0.03);
	});

	it('measures Cyrillic from its own table, within a few per cent of the browser', () => {
		// Chromium's canvas measured this phrase at 2280px (Inter 600, 100px).
		const style: TextStyle = { face: 'sansSemibold', size: 100, lineHeight: 120 };
		const estimate = textWidth('Дмитрієв зустрічається з Віткоффом у Маямі', style);
		expect(Math.abs(estimate - 2280) / 2280).toBeLessThan(0.03);
	});

	it('measures narrow and wide Cyrillic letters apart, not at one default width', () => {
		const label = lineStyle(10);
		expect(textWidth('Ж', label)).toBeGreaterThan(2 * textWidth('і', label));
	});

	it('adds letter spacing and capitals', () => {
		const plain = textWidth('Kyiv', body);
		expect(textWidth('Kyiv', { ...body, uppercase: true })).toBeGreaterThan(plain);
		expect(textWidth('Kyiv', { ...body, letterSpacing: 0.1 })).toBeCloseTo(plain + 4 * 1.3);
	});

	it('wraps at spaces within the width, as a browser does', () => {
		const lines = wrapText('Dmitriev meets Witkoff in Miami', 120, body);
		expect(lines.length).toBe(2);
		for (const line of lines) expect(textWidth(line, body)).toBeLessThanOrEqual(120);
		expect(lines.join(' ')).toBe('Dmitriev meets Witkoff in Miami');
		expect(measureBlock('Dmitriev meets Witkoff in Miami', 1000, body)).toMatchObject({
			lines: 1,
			height: 16
		});
	});

	it('gives an unbreakable word a line of its own', () => {
		expect(wrapText('a Supercalifragilistic b', 40, body)).toEqual([
			'a',
			'Supercalifragilistic',
			'b'
		]);
	});
});
