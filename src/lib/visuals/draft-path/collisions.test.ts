import { describe, expect, it } from 'vitest';
import { loadStory } from '../../story/loader';
import { collisionsAt, narrowCollisions, orientationFor } from './collisions';
import { draftPathGeometry } from './draftPathGeometry';
import { wideLayout } from './draftPathLayout';
import { placeWideLabels, wideCollisions } from './labelPlacement';
import { choicesOf, labelsFromChoices } from './placedLabel';
import { stageQuotes } from './stageQuote';

/** The graphic's frame at common viewports, measured in Chromium on the built story page
 * (sticky layout: the frame inside .scrolly-graphic, less its padding). */
const FRAMES = {
	320: { width: 296, height: 278 },
	375: { width: 351, height: 405 },
	768: { width: 744, height: 515 },
	1024: { width: 506, height: 704 },
	1280: { width: 736, height: 736 },
	1440: { width: 880, height: 836 },
	1920: { width: 896, height: 1016 }
} as const;
/** The static graphic after each step when stacked (no JavaScript): text column by 38rem. */
const STACKED = [
	{ width: 343, height: 608 },
	{ width: 544, height: 608 }
];

function geometryOf(dir: string) {
	const story = loadStory(dir);
	const geometry = draftPathGeometry({
		lanes: story.lanes,
		stages: story.stages,
		flows: story.flows,
		quotes: stageQuotes(story.stages, story.calls, story.entities),
		sources: story.sources
	});
	return { geometry, placement: placeWideLabels(geometry.wide, { quotes: geometry.quotes }) };
}

describe('orientationFor', () => {
	it('is narrow on phones and tablets, wide on desktops', () => {
		expect(orientationFor(FRAMES[320])).toBe('narrow');
		expect(orientationFor(FRAMES[375])).toBe('narrow');
		expect(orientationFor(FRAMES[768])).toBe('narrow');
		expect(orientationFor(FRAMES[1440])).toBe('wide');
		expect(orientationFor(FRAMES[1920])).toBe('wide');
	});
});

describe.each(['stories/american-plan', 'tests/fixtures/stories/harbour-vote'])(
	'labels of %s',
	(dir) => {
		const { geometry, placement } = geometryOf(dir);

		it('are all placed without touching anything', () => {
			expect(placement.unresolved).toEqual([]);
		});

		it('are rebuilt in the browser exactly as the search placed them', () => {
			const rebuilt = labelsFromChoices(
				geometry.wide,
				geometry.quotes,
				choicesOf(placement.labels)
			);
			expect(rebuilt).toEqual(placement.labels);
		});

		it.each(Object.entries(FRAMES))('collide nowhere at a %spx-wide viewport', (_width, frame) => {
			expect(collisionsAt(geometry, placement, frame)).toEqual([]);
		});

		it('collide nowhere in the stacked layout', () => {
			for (const frame of STACKED) expect(collisionsAt(geometry, placement, frame)).toEqual([]);
		});

		it('collide nowhere at any size the wide orientation is used at', () => {
			for (let width = 860; width <= 1400; width += 45)
				for (let height = 700; height <= 1100; height += 50)
					expect(
						wideCollisions(geometry.wide, placement, { width, height }),
						`${width}×${height}`
					).toEqual([]);
		});

		it('collide nowhere at any phone width', () => {
			for (let width = 296; width < 860; width += 16)
				expect(narrowCollisions(geometry, width), `${width}`).toEqual([]);
		});
	}
);

describe('the collision check', () => {
	const story = loadStory('stories/american-plan');

	it('finds rows that run into each other when the frame is narrower than laid out for', () => {
		expect(
			narrowCollisions(geometryOf('stories/american-plan').geometry, 180).length
		).toBeGreaterThan(0);
	});

	it('finds labels that touch when the frame is smaller than the placement was made for', () => {
		const layout = wideLayout(story);
		const placement = placeWideLabels(layout, {
			quotes: stageQuotes(story.stages, story.calls, story.entities)
		});
		expect(wideCollisions(layout, placement, { width: 420, height: 300 }).length).toBeGreaterThan(
			0
		);
	});

	it('finds two labels put on the same spot', () => {
		const layout = wideLayout(story);
		const placement = placeWideLabels(layout, { quotes: new Map() });
		const first = placement.labels[0]!;
		const twin = { ...first, id: 'twin' };
		const collisions = wideCollisions(
			layout,
			{ ...placement, labels: [...placement.labels, twin] },
			{ width: 880, height: 836 }
		);
		expect(collisions).toContain(`twin × ${first.id}`);
	});
});
