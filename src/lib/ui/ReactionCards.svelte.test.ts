import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../build/loader';
import ReactionCards from './ReactionCards.svelte';
import WithStory from '../../../tests/helpers/ui/WithStory.svelte';

const story = loadStory('stories/american-plan');

const renderCards = () =>
	render(WithStory, {
		props: { story, component: ReactionCards as unknown as Component<Record<string, unknown>> }
	}).container;

describe('<ReactionCards>', () => {
	it('shows every reaction, criticism and answers alternating', () => {
		const cards = [...renderCards().querySelectorAll('article.quote-card')];
		expect(cards).toHaveLength(story.reactions.length);
		const sides = cards.map((c) => c.getAttribute('data-side'));
		expect(sides.slice(0, 6)).toEqual([
			'criticism',
			'answer',
			'criticism',
			'answer',
			'criticism',
			'answer'
		]);
	});

	it('puts verbatim words in quotation marks and our summaries without them', () => {
		const container = renderCards();
		for (const reaction of story.reactions) {
			const card = container.querySelector(`#quote-${reaction.id}`)!.closest('article')!;
			const quote = card.querySelector('blockquote')?.textContent?.trim();
			const summary = card.querySelector('.summary')?.textContent?.trim();
			if (reaction.quote) expect(quote).toMatch(/^“.*”$/s);
			else expect(quote).toBeUndefined();
			if (reaction.summary) {
				expect(summary).toMatch(/^In our words: /);
				expect(summary).not.toMatch(/^In our words: “/);
			}
			expect(card.textContent).toContain(reaction.name);
			expect(card.textContent).toContain(reaction.role);
			expect(card.querySelector('time')!.getAttribute('datetime')).toBe(reaction.date);
			expect(card.querySelector('.status-badge')!.getAttribute('data-status')).toBe(
				reaction.status
			);
			expect(card.querySelector('a[href^="#source-"]')).not.toBeNull();
		}
	});
});
