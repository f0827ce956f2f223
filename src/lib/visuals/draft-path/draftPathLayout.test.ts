import { describe, expect, it } from 'vitest';
import { loadStory } from '../../story/loader';
import {
	columnsOf,
	curvePath,
	laneWeights,
	narrowLayout,
	pointOnCurve,
	sampleCurve,
	stagesInOrder,
	wideLayout
} from './draftPathLayout';

const story = loadStory('stories/american-plan');

describe('columnsOf', () => {
	it('gives each date one column, in order, with a break where months pass', () => {
		const columns = columnsOf(story.stages);
		expect(columns.map((c) => c.label)).toEqual([
			'Late Jan.',
			'Oct. 14',
			'Oct. 16',
			'Oct. 17',
			'Oct. 24–26',
			'Oct. 29',
			'Nov. 18',
			'Nov. 19',
			'Nov. 21',
			'Nov. 25',
			'Nov. 26'
		]);
		expect(columns.filter((c) => c.breakBefore).map((c) => c.label)).toEqual([
			'Oct. 14',
			'Nov. 18'
		]);
		const gaps = columns.slice(1).map((c, i) => c.position - columns[i]!.position);
		expect(gaps.every((g) => g >= 1)).toBe(true);
	});
});

describe('wideLayout', () => {
	const layout = wideLayout(story, { laneWeight: laneWeights(story, new Set(['call-2'])) });

	it('stacks the lanes in the data’s order, each stage in its lane at its date’s column', () => {
		expect(layout.lanes.map((l) => l.lane.id)).toEqual(story.lanes.map((l) => l.id));
		for (const slot of layout.stages) {
			const lane = layout.lanes[slot.lane]!;
			expect(slot.stage.lane).toBe(lane.lane.id);
			expect(slot.at.y).toBe(lane.center);
			expect(slot.at.x).toBe(layout.columns[slot.column]!.position);
		}
		expect(layout.yDomain).toEqual([0, layout.lanes.at(-1)!.bottom]);
	});

	it('gives a lane with a quote, or with more stages, a taller band', () => {
		const height = (id: string) => {
			const slot = layout.lanes.find((l) => l.lane.id === id)!;
			return slot.bottom - slot.top;
		};
		expect(height('moscow')).toBeGreaterThan(height('kyiv'));
		expect(height('washington')).toBeGreaterThan(height('kyiv'));
	});

	it('routes every flow between its own two dots, passing no other dot', () => {
		const at = new Map(layout.stages.map((s) => [s.stage.id, s.at]));
		expect(layout.flows.map((r) => r.flow.id).sort()).toEqual(story.flows.map((f) => f.id).sort());
		for (const route of layout.flows) {
			expect(route.curve.from).toEqual(at.get(route.flow.from));
			expect(route.curve.to).toEqual(at.get(route.flow.to));
			const points = sampleCurve(route.curve, 64);
			for (const slot of layout.stages) {
				if (slot.stage.id === route.flow.from || slot.stage.id === route.flow.to) continue;
				const close = points.some(
					(p) => Math.abs(p.x - slot.at.x) < 0.15 && Math.abs(p.y - slot.at.y) < 0.1
				);
				expect(close, `${route.flow.id} passes ${slot.stage.id}`).toBe(false);
			}
		}
	});

	it('is deterministic', () => {
		expect(wideLayout(story, { laneWeight: laneWeights(story, new Set(['call-2'])) })).toEqual(
			layout
		);
	});
});

describe('narrowLayout', () => {
	it('gives each stage a row, by date, each starting where the one before ends', () => {
		const layout = narrowLayout(story, () => 50, 20);
		expect(layout.rows.map((r) => r.stage.id)).toEqual(
			stagesInOrder(story.stages).map((s) => s.id)
		);
		layout.rows.forEach((row, i) => {
			expect(row.top).toBe(i * 50);
			expect(row.at).toEqual({ x: row.lane, y: i * 50 + 20 });
		});
		expect(layout.height).toBe(story.stages.length * 50);
	});

	it('routes every flow down the page, passing no other dot', () => {
		const layout = narrowLayout(story, () => 60, 20);
		expect(layout.flows).toHaveLength(story.flows.length);
		for (const route of layout.flows) {
			expect(route.curve.to.y).toBeGreaterThan(route.curve.from.y);
			const points = sampleCurve(route.curve, 64);
			for (const row of layout.rows) {
				if (row.stage.id === route.flow.from || row.stage.id === route.flow.to) continue;
				const close = points.some(
					(p) => Math.abs(p.x - row.at.x) < 0.3 && Math.abs(p.y - row.at.y) < 12
				);
				expect(close, `${route.flow.id} passes ${row.stage.id}`).toBe(false);
			}
		}
	});
});

describe('curves', () => {
	it('write SVG paths through the scales, and find points along them', () => {
		const curve = {
			type: 'cubic' as const,
			from: { x: 0, y: 0 },
			c1: { x: 1, y: 0 },
			c2: { x: 1, y: 2 },
			to: { x: 2, y: 2 }
		};
		expect(
			curvePath(
				curve,
				(v) => v * 10,
				(v) => v * 5
			)
		).toBe('M0,0C10,0 10,10 20,10');
		expect(pointOnCurve(curve, 0.5)).toEqual({ x: 1, y: 1 });
		expect(sampleCurve(curve, 4)).toHaveLength(5);
	});
});
