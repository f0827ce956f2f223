import { describe, expect, it } from 'vitest';
import {
	DEFAULT_GROUP_COLORS,
	PALETTE,
	groupColors,
	lineColors,
	strokeRuns,
	tokenName
} from './colors';

describe('groupColors', () => {
	it('keeps the flagship’s colors for its sides', () => {
		const colors = groupColors(['us', 'russia', 'ukraine']);
		expect(colors.get('us')).toBe(DEFAULT_GROUP_COLORS.us);
		expect(colors.get('russia')).toContain('--sc-group-russia');
		expect(colors.get('ukraine')).toContain('#7a5c00');
	});

	it('gives groups no theme knows a token each, and distinct palette colors in order', () => {
		const colors = groupColors(['council', 'Press Corps', 'council', 'builders']);
		expect([...colors.keys()]).toEqual(['council', 'Press Corps', 'builders']);
		expect(colors.get('council')).toBe(`var(--sc-group-council, ${PALETTE[0]})`);
		expect(colors.get('Press Corps')).toBe(`var(--sc-group-press-corps, ${PALETTE[1]})`);
		expect(colors.get('builders')).toBe(`var(--sc-group-builders, ${PALETTE[2]})`);
		expect(new Set(colors.values()).size).toBe(3);
	});

	it('takes the map’s colour over everything else', () => {
		const colors = groupColors(['us', 'council'], { us: 'red', council: '#123456' });
		expect(colors.get('us')).toBe('red');
		expect(colors.get('council')).toBe('#123456');
	});

	it('goes round the palette when there are more groups than colors', () => {
		const groups = Array.from({ length: PALETTE.length + 1 }, (_, i) => `g${i}`);
		expect(groupColors(groups).get(`g${PALETTE.length}`)).toContain(PALETTE[0]);
	});
});

describe('lineColors', () => {
	it('uses the map, else a token named after the type, else the text colour', () => {
		const colors = lineColors(['money', 'call'], { money: 'green' });
		expect(colors.get('money')).toBe('green');
		expect(colors.get('call')).toBe('var(--sc-line-call, var(--sc-fg, #1b1b1b))');
	});

	it.each([
		['city-hall', 'city-hall'],
		['City Hall', 'city-hall'],
		['  U.S./EU ', 'u-s-eu']
	])('makes a token name of %j', (value, expected) => {
		expect(tokenName(value)).toBe(expected);
	});
});

describe('strokeRuns, the lines grouped by colour', () => {
	const colors = new Map([
		['call', 'red'],
		['met', 'blue']
	]);
	const link = (id: string, type: string) => ({ id, type });
	it.each([
		{ name: 'no links', types: [], runs: [] },
		{ name: 'one colour', types: ['call', 'call'], runs: [['red', 2]] },
		{
			name: 'colours in turn, each group where its first link comes',
			types: ['call', 'met', 'met', 'call'],
			runs: [
				['red', 2],
				['blue', 2]
			]
		},
		{ name: 'types without a colour', types: ['other', 'x'], runs: [[undefined, 2]] }
	])('$name', ({ types, runs }) => {
		const links = types.map((t, i) => link(String(i), t));
		const got = strokeRuns(links, colors);
		expect(got.map((r) => [r.stroke, r.links.length])).toEqual(runs);
		expect(got.flatMap((r) => r.links).sort((a, b) => +a.id - +b.id)).toEqual(links);
	});
});
