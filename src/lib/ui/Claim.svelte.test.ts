import { render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/loader';
import Claim from './Claim.svelte';
import WithStory from './testing/WithStory.svelte';

const story = loadStory('stories/american-plan');
const renderClaim = (props: Record<string, unknown>, text = 'the words') =>
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

	it('marks documented and reported facts quietly: a glyph, no word', () => {
		for (const [ref, status] of [
			[{ event: 'transcripts-published' }, 'Documented'],
			[{ event: 'plan-reported' }, 'Reported']
		] as const) {
			const { container } = renderClaim(ref);
			const claim = container.querySelector('.claim')!;
			expect(claim.getAttribute('data-quiet')).toBe('true');
			expect(claim.querySelector('.claim-face')!.textContent).toBe('');
			expect(claim.querySelector('.claim-face svg.status-icon')).not.toBeNull();
			const button = claim.querySelector('button')!;
			expect(document.getElementById(button.getAttribute('aria-labelledby')!)!.textContent).toBe(
				`${status}: show sources`
			);
		}
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
