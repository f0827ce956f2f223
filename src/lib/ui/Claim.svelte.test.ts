import { render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../build/loader';
import Claim from './Claim.svelte';
import WithStory from '../../../tests/helpers/ui/WithStory.svelte';

const story = loadStory('stories/american-plan');
const renderClaim = (
	props: Record<string, unknown> | Record<string, unknown>[],
	text = 'the words'
) =>
	render(WithStory, {
		props: { story, component: Claim as unknown as Component<Record<string, unknown>>, props, text }
	});

describe('<Claim>', () => {
	it('marks the words, and gives them a button that opens a note with the sources', () => {
		const { container } = renderClaim({ stage: 'earlier-draft' }, 'an earlier Dmitriev draft');
		const claim = container.querySelector('.claim')!;
		expect(claim.getAttribute('data-status')).toBe('claimed');
		expect(claim.querySelector('.claim-text')!.textContent).toBe('an earlier Dmitriev draft');

		const button = screen.getByRole('button', {
			name: 'Claimed by The Insider (anonymous source): show sources'
		});
		// The words are a label of the button (a click on them presses it), but not its name.
		expect(claim.querySelector('label.claim-text')!.getAttribute('for')).toBe(button.id);
		// Claimed and disputed facts keep their word in the text.
		expect(claim.querySelector('.claim-face')!.textContent).toBe('Claimed');
		const note = container.querySelector(`#${button.getAttribute('popovertarget')}`)!;
		expect(note.getAttribute('popover')).toBe('auto');
		expect(note.textContent).toContain('Claimed by The Insider (anonymous source)');
		const link = note.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('#source-insider-draft');
		expect(link.textContent).toContain('The Insider');
	});

	it('names two copies of one report apart in its note, by the start of their titles', () => {
		const { container } = renderClaim({ event: 'plan-reported' });
		const links = [...container.querySelectorAll('.claim-note a')].map((a) => a.textContent);
		expect(links).toEqual([
			'Axios, Nov. 18, 2025 (First report of…)',
			'Axios, Nov. 18, 2025 (Scoop: U.S. secretly…)'
		]);
	});

	it('marks documented and reported facts quietly: a glyph, no word', () => {
		for (const [ref, status] of [
			[{ event: 'transcripts-published' }, 'Documented'],
			[{ event: 'plan-reported' }, 'Reported']
		] as const) {
			const { container } = renderClaim(ref);
			const claim = container.querySelector('.claim')!;
			expect(claim.hasAttribute('data-quiet')).toBe(true);
			expect(claim.querySelector('.claim-face')!.textContent).toBe('');
			expect(
				claim.querySelector(`.claim-face .status-icon.${status.toLowerCase()}`)
			).not.toBeNull();
			expect(screen.getByRole('button', { name: `${status}: show sources` })).toBe(
				claim.querySelector('button')
			);
		}
	});

	describe('says a status’s word once per fact', () => {
		/** Each claim's status, whether it says its word, and the name of its button. */
		const marks = (container: HTMLElement) =>
			[...container.querySelectorAll('.claim')].map((claim) => ({
				status: claim.getAttribute('data-status'),
				word: claim.querySelector('.claim-word')?.textContent ?? null,
				glyph: claim.querySelector('.status-icon.claim-glyph') !== null,
				name: claim.querySelector('button')!.getAttribute('aria-label')
			}));

		it.each([
			['a disputed event', { event: 'umerov-denial' }, 'Disputed'],
			['a call', { call: 'oct-29' }, 'Disputed'],
			['a claimed stage', { stage: 'earlier-draft' }, 'Claimed']
		])('%s mentioned again shows its glyph, with the same note', (_what, ref, word) => {
			const { container } = renderClaim([ref, ref, ref]);
			const [first, ...later] = marks(container);
			expect(first).toMatchObject({ word, glyph: true });
			expect(first!.name).toMatch(new RegExp(`^${word}`));
			for (const mark of later) expect(mark).toEqual({ ...first, word: null });
			// The notes say the same.
			const notes = [...container.querySelectorAll('.claim-note')].map((n) => n.textContent);
			expect(new Set(notes).size).toBe(1);
		});

		it('counts mentions of each fact on its own, and states facts each on their own', () => {
			const stated = {
				status: 'claimed',
				claimant: 'a commentary article',
				sources: 'source-article'
			};
			const { container } = renderClaim([
				{ call: 'oct-29' },
				{ stage: 'earlier-draft' },
				{ call: 'oct-29' },
				stated,
				stated
			]);
			expect(marks(container).map((m) => m.word)).toEqual([
				'Disputed',
				'Claimed',
				null,
				'Claimed',
				'Claimed'
			]);
		});

		it('keeps a fresh record for each story rendered', () => {
			for (let i = 0; i < 2; i++) {
				const { container, unmount } = renderClaim({ call: 'oct-29' });
				expect(marks(container)[0]!.word).toBe('Disputed');
				unmount();
			}
		});

		it('marks the claims that say their word, for the paragraph rule in the stylesheet', () => {
			const { container } = renderClaim([
				{ event: 'umerov-denial' },
				{ event: 'umerov-denial' },
				{ event: 'k-post' }
			]);
			expect(
				[...container.querySelectorAll('.claim')].map((c) => c.hasAttribute('data-says'))
			).toEqual([true, false, false]);
		});
	});

	it('lists the sources of a denial apart, each a link', () => {
		const { container } = renderClaim({ call: 'oct-29' });
		const denial = [...container.querySelectorAll('.claim-note a')].filter(
			(a) => a.getAttribute('href') !== '#source-bloomberg-transcripts'
		);
		expect(denial.length).toBeGreaterThan(1);
		const line = denial[0]!.parentElement!.textContent!;
		expect(line).toContain(denial.map((a) => a.textContent).join(', '));
	});

	it('glues the mark to the last word: no space before it, a word joiner first', () => {
		const { container } = renderClaim({ event: 'k-post' }, 'then deleted it.');
		const words = container.querySelector('.claim-text')!;
		const mark = container.querySelector('.claim-mark')!;
		expect(words.nextElementSibling).toBe(mark);
		expect(words.nextSibling).toBe(mark);
		expect(mark.textContent!.startsWith('\u2060')).toBe(true);
	});

	it('gives each claim its own note', () => {
		const a = renderClaim({ event: 'k-post' });
		const b = renderClaim({ event: 'call-1' });
		const idA = a.container.querySelector('button')!.getAttribute('popovertarget');
		const idB = b.container.querySelector('button')!.getAttribute('popovertarget');
		expect(idA).not.toBe(idB);
	});

	it('stops on an id the story does not define', () => {
		expect(() => renderClaim({ event: 'nope' })).toThrow(/no event "nope"/);
	});
});
