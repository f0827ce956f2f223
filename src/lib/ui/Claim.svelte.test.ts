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

		const button = screen.getByRole('button');
		expect(button.textContent).toContain('Claimed');
		expect(button.textContent).toContain('by The Insider (anonymous source)');
		const note = container.querySelector(`#${button.getAttribute('popovertarget')}`)!;
		expect(note.getAttribute('popover')).toBe('auto');
		expect(note.textContent).toContain('Claimed by The Insider (anonymous source)');
		const link = note.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('#source-insider-draft');
		expect(link.textContent).toContain('The Insider');
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
