import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayGroups } from './timelineEvents';
import {
	FRAME_CLASSES,
	groupBoxes,
	labelWidth,
	OVERVIEW_HEIGHT,
	PHONE_GRAPHIC_MIN_HEIGHT,
	REM,
	TYPE
} from './timelineLayout';

describe('FRAME_CLASSES', () => {
	const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
	const queriesOf = (css: string) =>
		[
			...css.matchAll(/@container tl \(min-width: ([\d.]+)rem\) and \(min-height: ([\d.]+)rem\)/g)
		].map((m) => [Number(m[1]), Number(m[2])]);
	const css = read('./Timeline.svelte');
	const queries = queriesOf(css);

	it('are the container queries of Timeline.svelte, plus the overview strip’s height', () => {
		expect(queries).toEqual(
			FRAME_CLASSES.slice(1).map((f) => [f.minWidth, f.minHeight + OVERVIEW_HEIGHT])
		);
	});

	it('include the container queries of the rows’ type (TimelineRows.svelte)', () => {
		const rows = queriesOf(read('./TimelineRows.svelte'));
		expect(rows.length).toBeGreaterThan(0);
		for (const query of rows) expect(queries).toContainEqual(query);
	});

	it('read their custom properties in the class’s own block', () => {
		const blocks = css.split('@container tl ').slice(1);
		blocks.forEach((block, i) => {
			const c = i + 1;
			expect(block).toContain(`--f: var(--f${c});`);
			expect(block).toContain(`[data-show~='${c}']`);
			expect(block).toContain(`[data-brief~='${c}']`);
		});
	});

	it('nest: a class that applies also satisfies the earlier ones, so type sizes agree', () => {
		// The stylesheet sets each type in the first class that has it, and larger classes
		// inherit it: a class never has a smaller type than one it contains.
		const sizes = Object.keys(TYPE);
		FRAME_CLASSES.forEach((frame, c) => {
			for (const earlier of FRAME_CLASSES.slice(0, c))
				if (frame.minWidth >= earlier.minWidth && frame.minHeight >= earlier.minHeight)
					expect(sizes.indexOf(frame.type)).toBeGreaterThanOrEqual(sizes.indexOf(earlier.type));
		});
	});
});

describe('the smallest frame class', () => {
	// A 360 × 640 phone: Scrolly's frame is its width less 0.75rem of padding either side, and a
	// step becomes active when its top reaches 60% of the screen (Scrolly's default offset).
	const phone = { width: 360, height: 640 };

	it('fits the narrowest phone the feature is made for', () => {
		expect(FRAME_CLASSES[0]!.minWidth * REM).toBeLessThanOrEqual(phone.width - 1.5 * REM);
	});

	it('keeps the phone graphic above the reading line, so a step is active once below it', () => {
		expect(PHONE_GRAPHIC_MIN_HEIGHT * REM).toBeLessThanOrEqual(phone.height * 0.6);
	});
});

describe('groupBoxes', () => {
	const groups = dayGroups([
		{
			id: 'a',
			date: '2025-11-25',
			title: 'Bloomberg publishes transcripts of both calls',
			status: 'documented'
		},
		{ id: 'b', date: '2025-11-25', title: 'The deadline is dropped' },
		{ id: 'c', date: '2025-11-26', title: 'Moscow responds' }
	]);

	it('stacks the titles of one day under one date line', () => {
		const [day, next] = groupBoxes(groups, FRAME_CLASSES[2]!, () => undefined);
		const type = TYPE.wide;
		expect(day!.offsets[0]).toBe(0);
		expect(day!.offsets[1]).toBe(type.date.lineHeight + 2 + type.title.lineHeight + type.inner);
		expect(day!.height).toBe(type.date.lineHeight + 2 + 2 * type.title.lineHeight + type.inner);
		expect(next!.height).toBe(type.date.lineHeight + 2 + type.title.lineHeight);
	});

	it('keeps room for the status word, and takes more lines in a narrower frame', () => {
		const wide = groupBoxes(groups, FRAME_CLASSES[2]!, () => 'Documented');
		const narrow = groupBoxes(groups, FRAME_CLASSES[1]!, () => 'Documented');
		expect(narrow[0]!.height).toBeGreaterThan(wide[0]!.height);
		expect(labelWidth(FRAME_CLASSES[1]!)).toBeLessThan(labelWidth(FRAME_CLASSES[2]!));
	});
});
