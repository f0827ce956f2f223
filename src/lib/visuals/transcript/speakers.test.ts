import { describe, expect, it } from 'vitest';
import {
	colorsAcrossCalls,
	SPEAKER_COLORS,
	speakerColors,
	speakerSides,
	turnStarts
} from './speakers';

const said = (...speakers: string[]) => speakers.map((speaker, i) => ({ id: `l${i}`, speaker }));

describe('turnStarts', () => {
	it.each([
		['one speaker, all shown', said('w', 'w', 'w'), ['l0', 'l1', 'l2'], ['l0']],
		['two turns', said('w', 'w', 'u', 'w'), ['l0', 'l1', 'l2', 'l3'], ['l0', 'l2', 'l3']],
		['a turn whose first line is not shown yet', said('w', 'w', 'u'), ['l1', 'l2'], ['l1', 'l2']],
		['another speaker hidden between', said('w', 'u', 'w'), ['l0', 'l2'], ['l0', 'l2']],
		['nothing shown', said('w', 'u'), [], []]
	])('%s', (_name, lines, visible, starts) => {
		expect([...turnStarts(lines, visible)]).toEqual(starts);
	});
});

describe('colors', () => {
	it('gives each speaker of a call a colour of their own, or the one they bring', () => {
		const colors = speakerColors([
			{ id: 'a', name: 'A' },
			{ id: 'b', name: 'B', color: 'teal' },
			{ id: 'c', name: 'C' }
		]);
		expect([...colors.values()]).toEqual([SPEAKER_COLORS[0], 'teal', SPEAKER_COLORS[2]]);
	});

	it('keeps a person’s colour from call to call, and never gives two on a call the same', () => {
		const colors = colorsAcrossCalls([
			{ participants: ['witkoff', 'ushakov'] },
			{ participants: ['ushakov', 'dmitriev'] }
		]);
		expect(colors.get('witkoff')).toBe(SPEAKER_COLORS[0]);
		expect(colors.get('ushakov')).toBe(SPEAKER_COLORS[1]);
		expect(colors.get('dmitriev')).toBe(SPEAKER_COLORS[2]);
		expect(new Set(SPEAKER_COLORS).size).toBe(SPEAKER_COLORS.length);
	});
});

describe('speakerSides', () => {
	it('faces two speakers; lines up more on one side', () => {
		expect([...speakerSides([{ id: 'a' }, { id: 'b' }]).values()]).toEqual(['start', 'end']);
		expect([...speakerSides([{ id: 'a' }, { id: 'b' }, { id: 'c' }]).values()]).toEqual([
			'start',
			'start',
			'start'
		]);
	});
});
