import { describe, expect, it } from 'vitest';
import type { StoryEvent, SectionOf } from '../../story/schema';
import { chronological, timelineState } from './timelineState';

const section: SectionOf<'timeline'> = {
	id: 's',
	visual: 'timeline',
	steps: [
		{ id: 'a', caption: 'A', events: ['e1'] },
		{ id: 'b', caption: 'B', events: ['e2', 'e3'] },
		{ id: 'c', caption: 'C', events: ['e4'] }
	]
};

describe('timelineState', () => {
	it('highlights the events of the step and remembers those passed', () => {
		const at1 = timelineState(section, 1);
		expect([...at1.active]).toEqual(['e2', 'e3']);
		expect([...at1.reached]).toEqual(['e1', 'e2', 'e3']);
	});
	it('undoes a step exactly when scrolling back', () => {
		const down = timelineState(section, 2);
		const back = timelineState(section, 1);
		expect([...back.reached]).not.toContain('e4');
		expect([...down.reached]).toContain('e4');
	});
	it('clamps indexes outside the section', () => {
		expect([...timelineState(section, -3).active]).toEqual(['e1']);
		expect([...timelineState(section, 99).active]).toEqual(['e4']);
	});
});

describe('chronological', () => {
	it('orders by date and keeps the authored order for equal dates', () => {
		const event = (id: string, date: string): StoryEvent => ({
			id,
			date,
			title: id,
			status: 'documented',
			sources: ['s']
		});
		const ordered = chronological([
			event('b', '2025-11-25'),
			event('a', '2025-10-14'),
			event('c', '2025-11-25')
		]);
		expect(ordered.map((e) => e.id)).toEqual(['a', 'b', 'c']);
	});
});
