import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Call, Entity } from '../../story/schema';
import TranscriptReveal from './TranscriptReveal.svelte';
import { transcriptState } from './transcriptState';

const provenance = { status: 'documented' as const, sources: ['minutes'] };

const person = (id: string, name: string, role: string): Entity => ({
	id,
	name,
	role,
	kind: 'person',
	group: 'other',
	facts: [],
	...provenance
});

const speakers = [
	person('ada', 'Ada Brook', 'Harbour master (fictional)'),
	person('cal', 'Cal Dune', 'Council chair (fictional)')
];

const call: Call = {
	id: 'test-call',
	title: 'Brook and Dune',
	date: '2026-03-12',
	participants: ['ada', 'cal'],
	duration: 'about three minutes',
	publishedBy: { source: 'gazette', date: '2026-03-17' },
	...provenance,
	lines: [
		{
			id: 'one',
			speaker: 'cal',
			kind: 'verbatim',
			text: 'Six votes, maybe seven… it depends.',
			...provenance
		},
		{
			id: 'two',
			speaker: 'ada',
			kind: 'paraphrase',
			text: 'Brook said the lights would win them over.',
			...provenance
		},
		{ id: 'three', speaker: 'ada', kind: 'verbatim', text: 'Keep it quiet.', ...provenance }
	]
};

const steps = [
	{ lines: ['one'], highlight: { line: 'one', phrase: 'maybe seven' } },
	{ lines: ['two'] },
	{ lines: ['three'], highlight: { line: 'three', phrase: 'quiet' } }
];

function draw(index: number, options: { stacked?: boolean; reducedMotion?: boolean } = {}) {
	const view = transcriptState(call, steps, { index, ...options });
	return render(TranscriptReveal, {
		props: { call, speakers, view, publisher: { outlet: 'The Gazette' }, kicker: 'Call 1 of 1' }
	});
}

const lineEl = (container: HTMLElement, id: string) =>
	container.querySelector<HTMLElement>(`li[data-line="${id}"]`)!;

describe('TranscriptReveal', () => {
	it('heads the call with its date, participants, length and publisher, from the data', () => {
		const { container } = draw(0);
		const header = container.querySelector('figcaption')!;
		expect(header.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-12');
		expect(header.querySelector('time')?.textContent).toBe('March 12, 2026');
		const people = [...header.querySelectorAll('.participants li')].map((li) =>
			li.textContent!.replace(/\s+/g, ' ').trim()
		);
		expect(people).toEqual([
			'AB Ada Brook, Harbour master (fictional)',
			'CD Cal Dune, Council chair (fictional)'
		]);
		expect(header.textContent).toContain('Length: about three minutes.');
		expect(header.textContent).toContain('Transcript published by The Gazette, March 17, 2026.');
		expect(header.textContent).toContain('Call 1 of 1');
	});

	it('renders every line, hiding those not reached yet', () => {
		const { container } = draw(1);
		expect(lineEl(container, 'one').hidden).toBe(false);
		expect(lineEl(container, 'two').hidden).toBe(false);
		expect(lineEl(container, 'three').hidden).toBe(true);
		expect(lineEl(container, 'one').dataset.phase).toBe('earlier');
		expect(lineEl(container, 'one').dataset.dimmed).toBe('true');
		expect(lineEl(container, 'two').dataset.phase).toBe('new');
	});

	it('quotes verbatim lines word for word, in a blockquote with quotation marks', () => {
		const { container } = draw(2);
		for (const line of call.lines.filter((l) => l.kind === 'verbatim')) {
			const li = lineEl(container, line.id);
			const quote = li.querySelector('blockquote')!;
			expect(quote).not.toBeNull();
			expect(quote.querySelector('.text')!.textContent).toBe(line.text);
			expect(quote.textContent!.trim()).toBe(`“${line.text}”`);
		}
	});

	it('labels paraphrase "Summary" and never puts it in quotation marks', () => {
		const { container } = draw(2);
		const li = lineEl(container, 'two');
		expect(li.querySelector('blockquote, q')).toBeNull();
		expect(li.querySelector('.summary-label')!.textContent).toContain('Summary');
		expect(li.querySelector('.text')!.textContent).toBe(call.lines[1]!.text);
		expect(li.textContent).not.toMatch(/[“”"„«»]/);
	});

	it('names the speaker before the words, with an initials badge hidden from screen readers', () => {
		const { container } = draw(0);
		const li = lineEl(container, 'one');
		expect(li.querySelector('.speaker .name')!.textContent).toBe('Cal Dune');
		const badge = li.querySelector('.speaker-badge')!;
		expect(badge.textContent).toBe('CD');
		expect(badge.getAttribute('aria-hidden')).toBe('true');
		// Speaker first, then the words, in document order.
		expect(
			li.querySelector('.speaker')!.compareDocumentPosition(li.querySelector('blockquote')!)
		).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
	});

	it('marks the step’s phrase, and only it', () => {
		const { container } = draw(0);
		const marks = container.querySelectorAll('mark');
		expect(marks).toHaveLength(1);
		expect(marks[0]!.textContent).toBe('maybe seven');
		expect(marks[0]!.closest('li')!.dataset.line).toBe('one');

		const later = draw(1).container;
		expect(later.querySelectorAll('mark')).toHaveLength(0);
	});

	it('says whether it moves: live and animated, or a still copy', () => {
		expect(draw(0).container.querySelector('figure')!.dataset).toMatchObject({
			live: 'true',
			motion: 'true'
		});
		expect(
			draw(0, { reducedMotion: true }).container.querySelector('figure')!.dataset
		).toMatchObject({ live: 'true', motion: 'false' });
		expect(draw(0, { stacked: true }).container.querySelector('figure')!.dataset).toMatchObject({
			live: 'false',
			motion: 'false'
		});
	});

	it('has nothing focusable and no live region (static copies sit inside role="img")', () => {
		const { container } = draw(2, { stacked: true });
		expect(
			container.querySelectorAll(
				'a, button, input, select, textarea, [tabindex], [contenteditable]'
			)
		).toHaveLength(0);
		expect(container.querySelectorAll('[aria-live], [role="status"], [role="alert"]')).toHaveLength(
			0
		);
	});

	it('draws a speaker missing from the entities by id rather than failing', () => {
		const view = transcriptState(call, steps, { index: 0 });
		const { container } = render(TranscriptReveal, {
			props: { call, speakers: [speakers[0]!], view }
		});
		expect(lineEl(container, 'one').querySelector('.name')!.textContent).toBe('cal');
		expect(container.querySelector('figcaption')!.textContent).not.toContain('published by');
	});

	it('writes the denial of a disputed line under its words, not only a badge', () => {
		const disputed: Call = {
			...call,
			lines: [
				{
					...call.lines[0]!,
					status: 'disputed',
					denial: {
						by: 'Cal Dune',
						text: 'He says he never spoke of votes.',
						quote: false,
						sources: ['minutes']
					}
				},
				...call.lines.slice(1)
			]
		};
		const view = transcriptState(disputed, steps, { index: 0 });
		const { container } = render(TranscriptReveal, {
			props: { call: disputed, speakers, view }
		});
		const line = lineEl(container, 'one');
		expect(line.textContent).toContain('Disputed');
		expect(line.querySelector('.denial')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'Denied by Cal Dune: He says he never spoke of votes.'
		);
		expect(lineEl(container, 'two').querySelector('.denial')).toBeNull();
	});
});
