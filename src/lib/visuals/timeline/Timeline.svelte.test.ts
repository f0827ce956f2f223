import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { formatDayRange } from '../../ui/dates';
import Timeline from './Timeline.svelte';

/** A designer's own data: plain arrays, no status, no sources, over three years. */
const events = [
	{ id: 'filed', date: '2019-03-04', title: 'The plan is filed' },
	{ id: 'hearing', date: '2020-06-15', end: '2020-06-16', title: 'Two days of hearings' },
	{ id: 'vote', date: '2021-01-02', title: 'The council votes', status: 'documented' as const },
	{ id: 'works', date: '2021-03-01', dateLabel: 'Early March', title: 'Works begin' }
];

const row = (container: HTMLElement, id: string) =>
	container.querySelector<HTMLLIElement>(`li[data-event="${id}"]`)!;

describe('Timeline', () => {
	it('draws plain events, in date order, as a list', () => {
		const { container } = render(Timeline, { props: { events: [...events].reverse() } });
		expect(
			[...container.querySelectorAll<HTMLElement>('li[data-event]')].map((li) => li.dataset.event)
		).toEqual(['filed', 'hearing', 'vote', 'works']);
		expect(row(container, 'vote').textContent).toContain('The council votes');
	});

	it('writes the year when the events run over more than one year', () => {
		const { container } = render(Timeline, { props: { events, active: ['vote'] } });
		const date = (id: string) => row(container, id).querySelector('time')!;
		expect(date('filed').textContent).toBe(`${formatDayRange('2019-03-04')}, 2019`);
		expect(date('vote').textContent).toBe(`${formatDayRange('2021-01-02')}, 2021`);
		expect(date('filed').getAttribute('datetime')).toBe('2019-03-04');
		// The axis says the year too, and the overview names the years.
		expect(container.querySelector('.tl-year')?.textContent).toMatch(/^20(19|20|21)$/);
		expect(container.querySelector('.tl-overview')!.textContent).toMatch(/2019/);
	});

	it('writes an approximate date as its dateLabel', () => {
		const { container } = render(Timeline, { props: { events, active: ['works'] } });
		expect(row(container, 'works').querySelector('time')!.textContent).toBe('Early March');
	});

	it('highlights the active events, says their status, and mutes those not reached', () => {
		const { container } = render(Timeline, {
			props: { events, active: new Set(['vote']), reached: ['filed', 'hearing', 'vote'] }
		});
		expect(row(container, 'vote').classList.contains('active')).toBe(true);
		expect(row(container, 'vote').querySelector('.status-badge')?.textContent).toContain(
			'Documented'
		);
		expect(row(container, 'filed').classList.contains('active')).toBe(false);
		expect(row(container, 'works').classList.contains('upcoming')).toBe(true);
		expect(row(container, 'filed').classList.contains('upcoming')).toBe(false);
		// The active event is shown in every frame class.
		expect(row(container, 'vote').dataset.show).toBe('0 1 2 3 4');
		expect(container.querySelector('.tl-dot.active')).not.toBeNull();
	});

	it('shows the title given, and nothing focusable', () => {
		const { container } = render(Timeline, { props: { events, title: 'Three years' } });
		expect(container.querySelector('.timeline-title')?.textContent).toBe('Three years');
		expect(container.querySelectorAll('a, button, [tabindex]')).toHaveLength(0);
	});

	it('leaves out of a still copy what the step shows in no frame', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({
			id: `e${i}`,
			date: `2025-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-${String(1 + (i % 3) * 9).padStart(2, '0')}`,
			title: `Event ${i}`
		}));
		const live = render(Timeline, { props: { events: many, active: ['e0'] } }).container;
		const still = render(Timeline, {
			props: { events: many, active: ['e0'], live: false }
		}).container;
		const rows = (c: HTMLElement) => c.querySelectorAll('li[data-event]').length;
		expect(rows(live)).toBe(30);
		expect(rows(still)).toBeGreaterThan(0);
		expect(rows(still)).toBeLessThan(30);
		for (const li of still.querySelectorAll<HTMLElement>('li[data-event]'))
			expect(li.dataset.show || li.dataset.brief).toBeTruthy();
		expect(still.querySelector('li[data-event="e0"]')).not.toBeNull();
	});
});
