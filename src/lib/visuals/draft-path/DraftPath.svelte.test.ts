import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Flow, Lane, Stage } from '../../story/schema';
import DraftPath from './DraftPath.svelte';
import { draftPathState } from './draftPathState';

const lanes: Lane[] = [
	{ id: 'office', label: 'Office' },
	{ id: 'board', label: 'Board', description: 'The members' }
];
const stage = (id: string, lane: string, date: string, extra: Partial<Stage> = {}): Stage => ({
	id,
	lane,
	date,
	label: `Stage ${id}`,
	text: `About ${id}.`,
	status: 'documented',
	sources: ['s'],
	...extra
});
const stages: Stage[] = [
	stage('one', 'office', '2026-01-02'),
	stage('two', 'board', '2026-01-09', { status: 'claimed', claimant: 'a member' }),
	stage('three', 'board', '2026-02-20')
];
const flows: Flow[] = [
	{ id: 'memo', from: 'one', to: 'two', kind: 'paper', status: 'documented', sources: ['s'] },
	{
		id: 'vote',
		from: 'two',
		to: 'three',
		kind: 'pressure',
		status: 'claimed',
		claimant: 'a member',
		sources: ['s']
	}
];
const steps = [
	{ stages: ['one'] },
	{ stages: ['two'], flows: ['memo'] },
	{ stages: ['three'], flows: ['vote'] }
];
const ids = stages.map((s) => s.id);
const quotes = new Map([
	['two', { pieces: ['we will', 'sign it'], speaker: 'A member', date: '2026-01-09' }]
]);

function phases(container: HTMLElement, selector: string, attribute: string) {
	return Object.fromEntries(
		[...container.querySelectorAll(selector)].map((el) => [
			el.getAttribute(attribute),
			el.getAttribute('data-phase')
		])
	);
}

describe('DraftPath', () => {
	it('draws any lanes, stages and flows, in both orientations, with the step’s state', () => {
		const { container } = render(DraftPath, {
			lanes,
			stages,
			flows,
			quotes,
			state: draftPathState(steps, 1, ids, flows),
			label: 'Stage two is highlighted.'
		});
		const root = container.querySelector('.draft-path')!;
		expect(root.getAttribute('role')).toBe('img');
		expect(root.getAttribute('aria-label')).toBe('Stage two is highlighted.');
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
			'claimed'
		);
	});

	it('names each lane, says each status and claimant, and quotes in quotation marks', () => {
		const { container } = render(DraftPath, {
			lanes,
			stages,
			flows,
			quotes,
			state: draftPathState(steps, 2, ids, flows)
		});
		const narrow = container.querySelector('.dp-narrow')!.textContent!;
		expect(narrow).toContain('Office');
		expect(narrow).toContain('Claimed by a member');
		expect(narrow).toContain('“we will … sign it”');
		expect(narrow).toContain('Pressure ← Stage two');
		const row = container.querySelector('.dp-row[data-stage="three"]')!;
		expect(row.getAttribute('data-phase')).toBe('lit');
	});

	it('places the wide labels in the browser when the page has none to reuse', async () => {
		const { container } = render(DraftPath, {
			lanes,
			stages,
			flows,
			state: draftPathState(steps, 0, ids, flows)
		});
		await expect
			.poll(() => container.querySelectorAll('.dp-wide .dp-label').length, { timeout: 3000 })
			.toBeGreaterThanOrEqual(stages.length);
		expect(container.querySelector('.draft-path')!.getAttribute('data-dp-labels')).toContain(
			'stage:one'
		);
	});
});
