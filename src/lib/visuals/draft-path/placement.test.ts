import { describe, expect, it } from 'vitest';
import { loadStories, loadStory } from '../../build/loader';
import { draftPathData } from './fromStory';
import type { DraftPathLayout, LabelSpot } from './model';
import { WIDE_TIERS } from './model';
import { prepareDraftPath } from './prepare';
import { checkWideLabels } from './placement';

const story = draftPathData(loadStory('stories/american-plan'));
const fixture = draftPathData(loadStory('tests/fixtures/stories/harbour-vote'));
// The Ukrainian edition: the same stages, in words that run longer.
const ukrainian = draftPathData(
	loadStories(['stories'], process.cwd()).find((s) => s.slug === 'uk/american-plan')!
);
const layouts = new Map([
	['the story', prepareDraftPath(story)],
	['the fixture', prepareDraftPath(fixture)],
	['the Ukrainian edition', prepareDraftPath(ukrainian)]
]);
const dataOf = { 'the story': story, 'the fixture': fixture, 'the Ukrainian edition': ukrainian };

describe('prepareDraftPath', () => {
	it.each([...layouts.keys()])(
		'places every label of %s clear of everything, in each tier',
		(name) => {
			expect(layouts.get(name)!.unresolved).toEqual([]);
		}
	);

	it.each([...layouts.keys()])('labels every stage of %s in each tier, in its own lane', (name) => {
		const layout = layouts.get(name)!;
		const data = dataOf[name as keyof typeof dataOf];
		for (const [t] of WIDE_TIERS.entries())
			for (const [i, lane] of data.lanes.entries())
				for (const stage of data.stages.filter((s) => s.lane === lane.id)) {
					const spot = layout.wide.labels.find((l) => l.id === `stage:${stage.id}`)?.spots[t];
					expect(spot?.band, `${stage.id} in tier ${t}`).toBe(i);
				}
	});

	it('keeps every flow’s status and denial in the compact tier, and quotes only in the full', () => {
		const layout = layouts.get('the story')!;
		for (const f of story.flows.filter((f) => f.denial || f.status !== 'documented')) {
			const spots = layout.wide.labels.find((l) => l.id === `flow:${f.id}`)?.spots;
			expect(spots?.every(Boolean), f.id).toBe(true);
		}
		for (const s of story.stages.filter((s) => s.quote)) {
			const spots = layout.wide.labels.find((l) => l.id === `quote:${s.id}`)!.spots;
			expect(spots.map(Boolean)).toEqual([true, false]);
		}
	});

	it('is deterministic: the same data, the same layout', () => {
		expect(prepareDraftPath(fixture)).toEqual(layouts.get('the fixture'));
	});

	it('draws a hub where the story’s accounts of the plan meet, one port for each', () => {
		const plan = layouts.get('the story')!.wide.stages.find((s) => s.id === 'us-plan')!;
		const into = story.flows.filter((f) => f.to === 'us-plan');
		expect(into.length).toBeGreaterThanOrEqual(3);
		expect(plan.span).toBeDefined();
		const ports = layouts
			.get('the story')!
			.wide.flows.filter((f) => into.some((i) => i.id === f.id))
			.map((f) => f.head.y);
		expect(new Set(ports).size).toBe(into.length);
	});
});

/** A copy of the story's layout with one label's spot in the full tier changed. */
function moved(
	id: string,
	change: (spot: LabelSpot, layout: DraftPathLayout) => Partial<LabelSpot>
) {
	const layout = structuredClone(layouts.get('the story')!);
	const label = layout.wide.labels.find((l) => l.id === id)!;
	label.spots[0] = { ...label.spots[0]!, ...change(label.spots[0]!, layout) };
	return layout;
}

describe('a flow’s words with no place anywhere', () => {
	it('are shortened to their status and denial in the full tier, still clear of everything', () => {
		const words = 'a very long account of what moved, '.repeat(40).trim();
		const data = {
			lanes: [
				{ id: 'a', label: 'A' },
				{ id: 'b', label: 'B' }
			],
			stages: [
				{ id: 'x', lane: 'a', date: '2026-01-01', label: 'X' },
				{ id: 'y', lane: 'b', date: '2026-01-02', label: 'Y' }
			],
			flows: [
				{
					id: 'f',
					from: 'x',
					to: 'y',
					label: words,
					status: 'reported' as const,
					sources: ['The Courier'],
					denial: { by: 'the council', text: 'no' }
				}
			]
		};
		const layout = prepareDraftPath(data);
		const spots = layout.wide.labels.find((l) => l.id === 'flow:f')!.spots;
		expect(spots[0]?.short).toBe(true);
		expect(layout.unresolved).toEqual([]);
	});
});

describe('checkWideLabels', () => {
	const spotOf = (layout: DraftPathLayout, id: string) =>
		layout.wide.labels.find((l) => l.id === id)!.spots[0]!;
	const dot = (layout: DraftPathLayout, id: string) => layout.wide.stages.find((s) => s.id === id)!;

	it.each([
		[
			'a label on another',
			moved('stage:geneva', (_, l) => spotOf(l, 'stage:nineteen-points')),
			['stage:geneva × stage:nineteen-points']
		],
		[
			'a label on a dot',
			moved('stage:geneva', (_, l) => ({
				x: dot(l, 'nineteen-points').x,
				y: dot(l, 'nineteen-points').y,
				dx: 0,
				dy: 0
			})),
			['stage:geneva × dot nineteen-points']
		],
		[
			'a label out of its lane',
			moved('stage:geneva', (s) => ({ dy: s.dy + 400 })),
			['stage:geneva × outside its lane']
		],
		[
			'a label on a lane’s name',
			moved('stage:earlier-draft', () => ({ x: 0, y: 0, dx: 4, dy: 4, tx: 0, ty: 0 })),
			['stage:earlier-draft × lane moscow']
		]
	])('finds %s', (_case, layout, expected) => {
		const found = checkWideLabels(story, layout.wide, 0);
		for (const problem of expected)
			expect(
				found.some((f) => f.startsWith(problem)),
				found.join('\n')
			).toBe(true);
	});

	it('finds nothing in the layouts as prepared', () => {
		for (const [name, layout] of layouts)
			for (const [t] of WIDE_TIERS.entries())
				expect(checkWideLabels(dataOf[name as keyof typeof dataOf], layout.wide, t)).toEqual([]);
	});
});

describe('the Ukrainian edition’s quotes', () => {
	it('are in the edition’s quotation marks, and say they are a translation', () => {
		const quoted = ukrainian.stages.filter((s) => s.quote);
		expect(quoted.length).toBeGreaterThan(0);
		for (const { quote } of quoted) {
			expect(quote!.marks).toEqual({ open: '«', close: '»' });
			expect(quote!.by).toMatch(/у перекладі$/);
		}
	});
});
