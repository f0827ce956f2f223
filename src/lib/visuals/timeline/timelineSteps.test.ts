/**
 * Every timeline step of the flagship and of the fixture story, in every frame class, as the
 * stylesheet draws it (rows' --f/--d and data-show/data-brief): the step's events in full, no
 * two labels overlapping, all inside the frame.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../build/loader';
import { FRAME_CLASSES, GEOMETRY, REM } from './timelineLayout';
import { timelineModel, timelineView } from './timelineView';
import { TIGHT_GAP } from './timelineWindow';

const STORIES = ['stories/american-plan', 'tests/fixtures/stories/harbour-vote'];

/** The custom property `name` from an inline style. */
const prop = (style: string, name: string) => new RegExp(`(?:^|;)${name}:([^;]+)`).exec(style)?.[1];
const has = (list: string, c: number) => list.split(' ').includes(String(c));

const cases = STORIES.flatMap((dir) => {
	const story = loadStory(dir);
	const model = timelineModel(story.events);
	return story.sections
		.filter((s) => s.visual === 'timeline')
		.flatMap((section) =>
			section.steps.flatMap((step) =>
				FRAME_CLASSES.map((frame, c) => ({
					name: `${section.id} ${step.id} class ${c}`,
					model,
					active: new Set(step.events),
					c,
					height: frame.minHeight * REM
				}))
			)
		);
});

/** Whether the step's own days can all be drawn in full in the class's smallest frame at all,
 * at the tightest spacing, with the days between them labelled by their dates (the window is
 * one stretch of time: every dot in it is labelled). If not, no layout can: the frame is too
 * small for the step, which would degrade to dates there. */
function roomFor({ model, active, c, height }: (typeof cases)[number]) {
	const days = model.groups.flatMap((g, i) => (g.events.some((e) => active.has(e.id)) ? [i] : []));
	let need = -TIGHT_GAP;
	for (let g = days[0] ?? 0; g <= (days.at(-1) ?? -1); g++)
		need += (days.includes(g) ? model.boxes[c]![g]!.height : GEOMETRY.briefHeight) + TIGHT_GAP;
	return need <= height - 2 * GEOMETRY.edge;
}

/** Places are written rounded (--f to a thousandth of the height, --d to a hundredth of a rem). */
const ROUNDING = 1;

describe('timeline steps', () => {
	it('has steps to check in both stories', () => {
		expect(new Set(cases.map((k) => k.name.split(' ')[0])).size).toBeGreaterThanOrEqual(3);
	});

	it.each(cases.map((k) => [k.name, k] as const))(
		'%s: the step’s events in full, labels apart and inside the frame',
		(_name, { model, active, c, height }) => {
			const view = timelineView(model, active);
			const problems: string[] = [];
			for (const row of view.rows)
				if (row.active && (!has(row.show, c) || has(row.brief, c)))
					problems.push(`${row.event.id} is ${has(row.brief, c) ? 'brief' : 'hidden'}`);
			// Each day's label: its first row's place, and the box it takes (a brief one is its
			// date line alone).
			const labels = view.rows
				.filter((r) => r.first && (has(r.show, c) || has(r.brief, c)))
				.map((r) => {
					const g = model.groups.findIndex((group) => group.events[0] === r.event);
					const top =
						Number(prop(r.style, `--f${c}`)) * height +
						Number(prop(r.style, `--d${c}`)!.replace('rem', '')) * REM;
					const h = has(r.brief, c) ? GEOMETRY.briefHeight : model.boxes[c]![g]!.height;
					return { id: r.event.id, top, bottom: top + h };
				})
				.sort((a, b) => a.top - b.top);
			labels.forEach((l, k) => {
				if (l.top < GEOMETRY.edge - ROUNDING || l.bottom > height - GEOMETRY.edge + ROUNDING)
					problems.push(`${l.id} (${l.top.toFixed(1)}–${l.bottom.toFixed(1)}) is cut`);
				const next = labels[k + 1];
				if (next && next.top < l.bottom + TIGHT_GAP - ROUNDING)
					problems.push(
						`${l.id} (to ${l.bottom.toFixed(1)}) overlaps ${next.id} (${next.top.toFixed(1)})`
					);
			});
			expect(problems).toEqual([]);
		}
	);

	it('has room in every frame class for every step’s titles (none degrades to dates)', () => {
		expect(cases.filter((k) => !roomFor(k)).map((k) => k.name)).toEqual([]);
	});
});
