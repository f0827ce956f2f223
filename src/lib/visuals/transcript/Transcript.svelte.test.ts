import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { typeset } from '../../ui/typeset';
import { SPEAKER_COLORS } from './speakers';
import Transcript from './Transcript.svelte';
import type { TranscriptLine } from './transcriptLines';

/** A designer's own call: plain arrays, no provenance unless a test adds it. */
const speakers = [
	{ id: 'ada', name: 'Ada Brook', role: 'Harbour master (fictional)' },
	{ id: 'cal', name: 'Cal Dune', role: 'Council chair (fictional)' }
];

const lines: TranscriptLine[] = [
	{ id: 'one', speaker: 'cal', text: "Six votes, maybe seven… it's close." },
	{
		id: 'two',
		speaker: 'ada',
		kind: 'paraphrase',
		text: 'Brook said the lights would win them over.'
	},
	{ id: 'three', speaker: 'ada', text: 'Keep it quiet.' },
	{ id: 'four', speaker: 'ada', text: 'Until Friday.' },
	{ id: 'five', speaker: 'cal', text: 'Friday, then.' }
];

const header = {
	date: '2026-03-12',
	kicker: 'Call 1 of 1',
	duration: 'about three minutes',
	publishedBy: { outlet: 'The Gazette', date: '2026-03-17' }
};

function draw(props: Record<string, unknown> = {}) {
	return render(Transcript, { props: { speakers, lines, ...header, ...props } });
}

const lineEl = (container: HTMLElement, id: string) =>
	container.querySelector<HTMLElement>(`li[data-line="${id}"]`)!;

describe('Transcript', () => {
	it('heads the call with its date, speakers, length and publisher', () => {
		const { container } = draw();
		const head = container.querySelector('figcaption')!;
		expect(head.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-12');
		expect(head.querySelector('time')?.textContent).toBe('March 12, 2026');
		const people = [...head.querySelectorAll('.participants li')].map((li) =>
			li.textContent!.replace(/\s+/g, ' ').trim()
		);
		expect(people).toEqual([
			'AB Ada Brook, Harbour master (fictional)',
			'CD Cal Dune, Council chair (fictional)'
		]);
		expect(head.textContent).toContain('Length: about three minutes.');
		expect(head.textContent).toContain('Transcript published by The Gazette, March 17, 2026.');
		expect(head.textContent).toContain('Call 1 of 1');
	});

	it('leaves the header out when asked (the stills after the first)', () => {
		const { container } = draw({ header: false });
		expect(container.querySelector('figcaption')).toBeNull();
		expect(container.querySelectorAll('li.line')).toHaveLength(lines.length);
	});

	it('sets the two speakers on two sides, each in a colour of their own', () => {
		const { container } = draw();
		expect(lineEl(container, 'two').dataset.side).toBe('start');
		expect(lineEl(container, 'one').dataset.side).toBe('end');
		const colour = (id: string) => lineEl(container, id).style.getPropertyValue('--speaker');
		expect(colour('two')).toBe(SPEAKER_COLORS[0]);
		expect(colour('one')).toBe(SPEAKER_COLORS[1]);
		expect(colour('three')).toBe(colour('two'));
		// A colour of one's own wins.
		const own = draw({ speakers: [speakers[0], { ...speakers[1]!, color: 'teal' }] }).container;
		expect(lineEl(own, 'one').style.getPropertyValue('--speaker')).toBe('teal');
	});

	it('names the speaker once per turn, and to screen readers on every line', () => {
		const { container } = draw();
		const named = [...container.querySelectorAll('li.line')]
			.filter((li) => li.querySelector('.speaker .name'))
			.map((li) => (li as HTMLElement).dataset.line);
		expect(named).toEqual(['one', 'two', 'five']);
		expect(lineEl(container, 'three').querySelector('.speaker')).toBeNull();
		expect(lineEl(container, 'three').textContent).toContain('Ada Brook:');
		expect(lineEl(container, 'two').querySelector('.name')!.textContent).toBe('Ada Brook');
	});

	it('opens a turn again at the first line shown when the first is not shown yet', () => {
		const { container } = draw({ active: ['four'], reached: ['one', 'four'] });
		expect(lineEl(container, 'four').dataset.turn).toBe('start');
		expect(lineEl(container, 'four').querySelector('.speaker .name')?.textContent).toBe(
			'Ada Brook'
		);
	});

	it('numbers each line in the order published, and marks the step’s in the header', () => {
		const { container } = draw({ active: ['three'], reached: ['one', 'two', 'three'] });
		expect([...container.querySelectorAll('li.line .ordinal')].map((el) => el.textContent)).toEqual(
			['1', '2', '3', '4', '5']
		);
		const boxes = [...container.querySelectorAll('.excerpts li')];
		expect(boxes.map((b) => b.classList.contains('shown'))).toEqual([
			true,
			true,
			true,
			false,
			false
		]);
		expect(boxes.map((b) => b.classList.contains('current'))).toEqual([
			false,
			false,
			true,
			false,
			false
		]);
		expect(container.querySelector('.excerpts-key')!.textContent).toContain('3 on screen now');
	});

	it('shows the lines reached, the step’s as new, the earlier ones dimmed', () => {
		const { container } = draw({ active: ['three'], reached: ['one', 'two', 'three'] });
		expect(lineEl(container, 'four').hidden).toBe(true);
		expect(lineEl(container, 'three').dataset.phase).toBe('new');
		expect(lineEl(container, 'one').dataset).toMatchObject({ phase: 'earlier', dimmed: 'true' });
		// Without `active`, a plain transcript: everything shown, nothing dimmed.
		const plain = draw().container;
		expect([...plain.querySelectorAll('li.line')].every((li) => !(li as HTMLElement).hidden)).toBe(
			true
		);
		expect(plain.querySelector('[data-dimmed="true"]')).toBeNull();
	});

	it('quotes verbatim lines word for word, with the marks of print', () => {
		const { container } = draw();
		for (const line of lines.filter((l) => l.kind !== 'paraphrase')) {
			const quote = lineEl(container, line.id).querySelector('blockquote')!;
			expect(quote.querySelector('.text')!.textContent).toBe(typeset(line.text));
			expect(quote.textContent!.trim()).toBe(`“${typeset(line.text)}”`);
		}
		expect(lineEl(container, 'one').querySelector('.text')!.textContent).toBe(
			'Six votes, maybe seven… it’s close.'
		);
	});

	it('labels paraphrase "Summary" and never puts it in quotation marks', () => {
		const li = lineEl(draw().container, 'two');
		expect(li.querySelector('blockquote, q')).toBeNull();
		expect(li.querySelector('.summary-label')!.textContent).toContain('Summary');
		expect(li.querySelector('.text')!.textContent).toBe(lines[1]!.text);
		expect(li.textContent).not.toMatch(/[“”"„«»]/);
	});

	it('marks the highlighted words, and only them', () => {
		const { container } = draw({
			active: ['one'],
			highlight: { line: 'one', phrase: 'maybe seven' }
		});
		const marks = container.querySelectorAll('mark');
		expect(marks).toHaveLength(1);
		expect(marks[0]!.textContent).toBe('maybe seven');
		expect(marks[0]!.closest('li')!.dataset.line).toBe('one');
	});

	it('gives a disputed call its status and denial in the header, not again under each line', () => {
		const denial = { by: 'Cal Dune', text: 'He says the call never took place.' };
		const disputed = lines.map((l) => ({ ...l, status: 'disputed' as const, denial }));
		disputed[2] = { ...disputed[2]!, denial: { by: 'Ada Brook', text: 'She denies this line.' } };
		const { container } = draw({ lines: disputed, status: 'disputed', denial });
		const head = container.querySelector('figcaption')!;
		expect(head.querySelector('.status-badge')?.textContent).toContain('Disputed');
		expect(head.querySelector('.denial')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'Denied by Cal Dune: He says the call never took place.'
		);
		expect(lineEl(container, 'one').querySelector('.denial, .status-badge')).toBeNull();
		expect(lineEl(container, 'three').querySelector('.denial')?.textContent).toContain(
			'She denies this line.'
		);
	});

	it('gives a line whose status differs from the call’s its own badge', () => {
		const mixed = lines.map((l, i) =>
			i === 0 ? { ...l, status: 'claimed' as const, claimant: 'The Gazette' } : l
		);
		const { container } = draw({ lines: mixed, status: 'documented' });
		const badge = lineEl(container, 'one').querySelector('.status-badge')!;
		expect(badge.textContent!.replace(/\s+/g, ' ')).toContain('Claimed by The Gazette');
		expect(container.querySelector('figcaption .status-badge')).toBeNull();
	});

	it('says whether it moves: live and animated, or a still copy', () => {
		const figure = (props: Record<string, unknown>) =>
			draw(props).container.querySelector('figure')!.dataset;
		expect(figure({})).toMatchObject({ live: 'true' });
		expect(figure({ reducedMotion: true })).toMatchObject({ live: 'true', motion: 'false' });
		expect(figure({ live: false })).toMatchObject({ live: 'false', motion: 'false' });
		// A still leaves out the lines it does not show.
		const still = draw({ live: false, reached: ['one'] }).container;
		expect(still.querySelectorAll('li.line')).toHaveLength(1);
	});

	it('has nothing focusable and no live region', () => {
		const { container } = draw({ live: false });
		expect(
			container.querySelectorAll(
				'a, button, input, select, textarea, [tabindex], [contenteditable]'
			)
		).toHaveLength(0);
		expect(container.querySelectorAll('[aria-live], [role="status"], [role="alert"]')).toHaveLength(
			0
		);
	});

	it('draws a speaker it was not told about by id rather than failing', () => {
		const { container } = draw({ speakers: [speakers[0]] });
		expect(lineEl(container, 'one').querySelector('.name')!.textContent).toBe('cal');
	});
});
