import { describe, expect, it } from 'vitest';
import { loadStory } from '$lib/build/loader';
import type { StoryEvent } from '$lib/model/schema';
import { SHARE_HEIGHT, SHARE_WIDTH, shareCard, timelineStrip, titleSize } from './shareCard.server';

const event = (id: string, date: string, status: StoryEvent['status'] = 'documented'): StoryEvent =>
	({ id, date, title: id, status, sources: ['s'] }) as StoryEvent;

describe('timelineStrip', () => {
	it('places events by date between the first and last day', () => {
		const strip = timelineStrip(
			[event('a', '2025-10-01'), event('b', '2025-10-11'), event('c', '2025-10-31')],
			300
		)!;
		expect(strip.marks.map((m) => m.x)).toEqual([0, 100, 300]);
		expect(strip.labels.map((l) => l.text)).toEqual(['Oct. 1', 'Oct. 31']);
		expect(strip.caption).toBe('3 dated events, Oct. 1 to Oct. 31, 2025');
	});
	it('labels the months in between', () => {
		const strip = timelineStrip([event('a', '2025-10-14'), event('b', '2025-11-26')], 1056)!;
		expect(strip.labels.map((l) => l.text)).toEqual(['Oct. 14', 'Nov. 26', 'Nov. 1']);
	});
	it('draws nothing for fewer than two distinct days', () => {
		expect(timelineStrip([])).toBeUndefined();
		expect(timelineStrip([event('a', '2025-10-01'), event('b', '2025-10-01')])).toBeUndefined();
	});
});

describe('shareCard', () => {
	it('is 1200×630 and carries the title, kicker and byline of any story', () => {
		for (const dir of ['stories/american-plan', 'tests/fixtures/stories/harbour-vote']) {
			const story = loadStory(dir);
			const card = shareCard(story, 'Site');
			expect(card.props.style).toMatchObject({ width: SHARE_WIDTH, height: SHARE_HEIGHT });
			const text = JSON.stringify(card);
			expect(text).toContain(JSON.stringify(story.meta.title).slice(1, -1));
			// A story without a byline is given the publisher's by the site (stories.ts).
			if (story.meta.byline) expect(text).toContain(JSON.stringify(story.meta.byline).slice(1, -1));
		}
	});
	it('sets long titles smaller', () => {
		expect(titleSize('Short')).toBeGreaterThan(titleSize('x'.repeat(100)));
	});
});
