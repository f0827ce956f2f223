import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DraftPath from './DraftPath.svelte';
import type { DraftPathData } from './model';
import { prepareDraftPath } from './prepare';

/** Plain arrays, as a designer passes them: no story, provenance only where it matters. */
const data: DraftPathData = {
	lanes: [
		{ id: 'office', label: 'Office' },
		{ id: 'board', label: 'Board', description: 'The members' }
	],
	stages: [
		{ id: 'one', lane: 'office', date: '2026-01-02', label: 'A memo is written' },
		{
			id: 'two',
			lane: 'board',
			date: '2026-01-09',
			label: 'The board meets',
			status: 'claimed',
			claimant: 'a member',
			quote: { text: 'we will sign it', by: 'A member, at the meeting' }
		},
		{ id: 'three', lane: 'board', date: '2026-02-20', label: 'The vote', status: 'documented' }
	],
	flows: [
		{ id: 'memo', from: 'one', to: 'two', kind: 'paper', label: 'the memo' },
		{
			id: 'vote',
			from: 'two',
			to: 'three',
			kind: 'pressure',
			status: 'reported',
			sources: ['The Courier'],
			denial: { by: 'the chair', text: 'there was no pressure', quote: true, sources: ['Minutes'] }
		}
	]
};
const steps = [
	{ stages: ['one'] },
	{ stages: ['two'], flows: ['memo'] },
	{ stages: ['three'], flows: ['vote'] }
];
const layout = prepareDraftPath(data);

const phases = (container: HTMLElement, selector: string, attribute: string) =>
	Object.fromEntries(
		[...container.querySelectorAll(selector)].map((el) => [
			el.getAttribute(attribute),
			el.getAttribute('data-phase')
		])
	);

describe('DraftPath from plain arrays', () => {
	it('draws both orientations with the step’s state, each stage and flow with its status', () => {
		const { container } = render(DraftPath, {
			...data,
			layout,
			steps,
			step: 1,
			label: 'The board meets.'
		});
		const root = container.querySelector('.draft-path')!;
		expect(root.getAttribute('role')).toBe('group');
		expect(root.getAttribute('aria-label')).toBe('The board meets.');
		for (const orientation of ['.dp-wide', '.dp-narrow']) {
			expect(phases(container, `${orientation} .dp-dot`, 'data-stage')).toEqual({
				one: 'drawn',
				two: 'lit',
				three: 'upcoming'
			});
			expect(phases(container, `${orientation} .dp-flow`, 'data-flow')).toEqual({
				memo: 'lit',
				vote: 'upcoming'
			});
		}
		expect(container.querySelector('.dp-dot[data-stage="two"]')!.getAttribute('data-status')).toBe(
			'claimed'
		);
		expect(container.querySelector('.dp-flow[data-flow="vote"]')!.getAttribute('data-status')).toBe(
			'reported'
		);
		// A stage without a status is drawn as documented, and says no status in words.
		expect(container.querySelector('.dp-dot[data-stage="one"]')!.getAttribute('data-status')).toBe(
			'documented'
		);
	});

	it('draws the whole path when given no steps', () => {
		const { container } = render(DraftPath, { ...data, layout });
		expect(Object.values(phases(container, '.dp-wide .dp-dot', 'data-stage'))).toEqual([
			'drawn',
			'drawn',
			'drawn'
		]);
	});

	it('places every label where the prepared layout says, in each tier', () => {
		const { container } = render(DraftPath, { ...data, layout, steps, step: 2 });
		const labels = [...container.querySelectorAll<HTMLElement>('.dp-wide .dp-label')];
		expect(labels.map((l) => l.dataset.label).sort()).toEqual(
			layout.wide.labels.map((l) => l.id).sort()
		);
		const quote = labels.find((l) => l.dataset.label === 'quote:two')!;
		const spot = layout.wide.labels.find((l) => l.id === 'quote:two')!.spots[0]!;
		const hundredths = (v: number) => Math.round(v * 100) / 100;
		expect(quote.style.getPropertyValue('--dx0').trim()).toBe(`${hundredths(spot.dx)}px`);
		expect(quote.style.getPropertyValue('--x0').trim()).toBe(`${hundredths(spot.x * 100)}%`);
		// Quotes are left out of the compact tier.
		expect(quote.style.getPropertyValue('--d1').trim()).toBe('none');
		// A label writes in tier 1 only where its place differs from tier 0's (the stylesheet
		// falls back to tier 0), and in tier 0 only what differs from the defaults.
		for (const label of layout.wide.labels) {
			const [full, compact] = label.spots;
			const style = labels.find((l) => l.dataset.label === label.id)!.style;
			const written = (name: string) => style.getPropertyValue(name).trim() || undefined;
			if (full && compact) {
				expect(written('--x1'), label.id).toBe(
					full.x === compact.x ? undefined : `${hundredths(compact.x * 100)}%`
				);
				expect(written('--w1'), label.id).toBe(
					full.width === compact.width ? undefined : `${compact.width}px`
				);
			}
			if (full)
				expect(written('--a0'), label.id).toBe(full.align === 'left' ? undefined : full.align);
		}
		expect(quote.textContent).toContain('“we will sign it”');
	});

	it('shows a denial at its flow, the full words one tap away, and the status in words', () => {
		const { container } = render(DraftPath, { ...data, layout, steps, step: 2 });
		const flow = container.querySelector('.dp-wide .dp-label[data-label="flow:vote"]')!;
		expect(flow.textContent).toContain('Reported · The Courier');
		const button = flow.querySelector('button.dp-denial')!;
		expect(button.textContent).toBe('Denied by the chair');
		const note = container.querySelector(`[id="${button.getAttribute('popovertarget')}"]`)!;
		expect(note.getAttribute('popover')).toBe('auto');
		expect(note.textContent).toContain('Denied by the chair: “there was no pressure”');
		expect(note.textContent).toContain('Source: Minutes');
		// The row of the stage it leaves tells it in words too, with the same denial.
		const row = container.querySelector('.dp-row[data-stage="two"]')!.textContent!;
		expect(row).toContain('Pressure → The vote. Reported · The Courier.');
		expect(row).toContain('Denied by the chair');
	});

	it('keys only what the data uses', () => {
		const { container } = render(DraftPath, { ...data, layout });
		const key = [...container.querySelectorAll('.dp-legend li')].map((li) =>
			li.textContent!.trim()
		);
		expect(key).toEqual(['Documented', 'Reported', 'Claimed', 'Paper', 'Pressure']);
	});

	it('says so, in place of the picture, without a layout or with one made for other data', () => {
		const missing = render(DraftPath, { ...data });
		expect(missing.container.querySelector('.dp-missing')!.textContent).toContain(
			'prepareDraftPath'
		);
		expect(missing.container.querySelector('.dp-wide, .dp-narrow')).toBeNull();
		const other = prepareDraftPath({ ...data, stages: data.stages.slice(0, 2) });
		const stale = render(DraftPath, { ...data, layout: other });
		expect(stale.container.querySelector('.dp-missing')!.textContent).toContain(
			'no place for three'
		);
	});
});
