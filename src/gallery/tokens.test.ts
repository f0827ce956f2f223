import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTokens } from './tokens';

describe('readTokens', () => {
	const tokens = readTokens(readFileSync('src/lib/ui/theme.css', 'utf8'));
	const byName = Object.fromEntries(tokens.map((t) => [t.name, t]));

	it('reads every token of theme.css once, with its description', () => {
		expect(tokens.length).toBe(37);
		expect(byName['--sc-font-sans']!.light).toMatch(/^'Inter Variable', 'Inter Fallback'/);
		expect(tokens.filter((t) => !t.description).map((t) => t.name)).toEqual([]);
	});

	it('pairs light and dark values, and keeps the group', () => {
		expect(byName['--sc-status-claimed']).toMatchObject({
			light: '#8a4600',
			dark: '#ffb061',
			group: 'Colors'
		});
		expect(byName['--sc-space-3']).toMatchObject({ light: '1rem', group: 'Type and space' });
		expect(byName['--sc-space-3']!.dark).toBeUndefined();
	});

	it('lists the scrolly layout tokens in a group of their own', () => {
		expect(byName['--sc-phone-graphic-height']).toMatchObject({
			light: '52svh',
			group: 'Scrolly layout'
		});
		expect(byName['--sc-step-font']!.light).toBe('initial');
		expect(byName['--sc-step-gap']!.dark).toBeUndefined();
	});
});
