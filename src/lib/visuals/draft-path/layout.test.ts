import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../build/loader';
import { draftPathData } from './fromStory';
import { sampleCurve, type Point } from './curve';
import { columnsOf, stagesInOrder, wideGeometry } from './layout';
import type { DraftPathData, DraftPathFlow, DraftPathStage } from './model';
import { NARROW_TIERS, WIDE_TIERS } from './model';

const stage = (id: string, lane: string, date: string, extra: Partial<DraftPathStage> = {}) => ({
	id,
	lane,
	date,
	label: `Stage ${id}`,
	...extra
});
const flow = (id: string, from: string, to: string): DraftPathFlow => ({ id, from, to });
const story = draftPathData(loadStory('stories/american-plan'));
const fixture = draftPathData(loadStory('tests/fixtures/stories/harbour-vote'));

describe('columnsOf', () => {
	it.each([
		['one column a date', ['2025-10-14', '2025-10-16', '2025-10-17'], [0, 1, 2]],
		['stages of one date share a column', ['2025-10-14', '2025-10-14', '2025-10-16'], [0, 1]],
		[
			'a wait of more than 14 days is a break',
			['2025-01-25', '2025-10-14', '2025-10-16'],
			[0, 1.6, 2.6]
		],
		['a wait of 14 days is not', ['2025-10-01', '2025-10-15'], [0, 1]]
	])('%s', (_case, dates, positions) => {
		const columns = columnsOf(dates.map((d, i) => stage(`s${i}`, 'l', d)));
		expect(columns.map((c) => c.position)).toEqual(positions);
	});

	it('gives a stage with its own date label a column of its own, labelled so', () => {
		const columns = columnsOf([
			stage('a', 'l', '2025-10-18'),
			stage('b', 'l', '2025-10-18', { dateLabel: 'Mid-Oct.' })
		]);
		expect(columns.map((c) => c.label)).toHaveLength(2);
		expect(columns[1]!.label).toBe('Mid-Oct.');
	});

	it('orders stages by date, and keeps the data’s order within a date', () => {
		const ordered = stagesInOrder([
			stage('late', 'l', '2025-11-02'),
			stage('first', 'l', '2025-10-01'),
			stage('second', 'l', '2025-10-01')
		]);
		expect(ordered.map((s) => s.id)).toEqual(['first', 'second', 'late']);
	});
});

/** Where two polylines cross, if anywhere. */
function cross(a: Point[], b: Point[]): boolean {
	const side = (p: Point, q: Point, r: Point) =>
		Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
	for (let i = 1; i < a.length; i++)
		for (let j = 1; j < b.length; j++) {
			const [p, q, r, s] = [a[i - 1]!, a[i]!, b[j - 1]!, b[j]!];
			if (side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0) return true;
		}
	return false;
}

describe('wideGeometry: hubs', () => {
	// Lanes top to bottom: a, b (the hub's), c. Sources left of the hub, above, level and below.
	const data: DraftPathData = {
		lanes: [
			{ id: 'a', label: 'A' },
			{ id: 'b', label: 'B' },
			{ id: 'c', label: 'C' }
		],
		stages: [
			stage('far-above', 'a', '2025-10-01'),
			stage('near-above', 'a', '2025-10-05'),
			stage('level', 'b', '2025-10-03'),
			stage('below', 'c', '2025-10-02'),
			stage('hub', 'b', '2025-10-09'),
			stage('after', 'c', '2025-10-12')
		],
		flows: ['far-above', 'near-above', 'level', 'below'].map((id) => flow(id, id, 'hub'))
	};
	const geometry = (d: DraftPathData) => wideGeometry(d, { weight: () => 1, portGap: 0.1 });

	it.each([
		['two flows in: a dot', 2, false],
		['three flows in: a hub', 3, true],
		['four flows in: a hub', 4, true]
	])('%s', (_case, count, hub) => {
		const g = geometry({ ...data, flows: data.flows.slice(0, count) });
		const at = g.stages.find((s) => s.stage.id === 'hub')!;
		expect(!!at.span).toBe(hub);
		const ends = g.routes.map((r) => r.curve.to.y);
		expect(new Set(ends).size).toBe(hub ? count : 1);
	});

	it('gives each flow a port, from above nearest first, level on the line, below last', () => {
		const g = geometry(data);
		const hub = g.stages.find((s) => s.stage.id === 'hub')!;
		const port = (id: string) => g.routes.find((r) => r.flow.id === id)!.curve.to.y;
		const order = [...g.routes].sort((a, b) => a.curve.to.y - b.curve.to.y).map((r) => r.flow.id);
		expect(order).toEqual(['near-above', 'far-above', 'level', 'below']);
		expect(port('level')).toBe(hub.at.y);
		expect(hub.span![0]).toBeLessThan(port('near-above'));
		expect(hub.span![1]).toBeGreaterThan(port('below'));
		for (const r of g.routes) expect([r.heading, r.toHub]).toEqual(['right', true]);
	});

	it.each([
		['the story', story],
		['the fixture', fixture],
		['the test hub', data]
	])('draws no two flows into one hub across each other: %s', (_case, d) => {
		const g = geometry(d);
		for (const hub of g.stages.filter((s) => s.span)) {
			const lines = g.routes
				.filter((r) => r.flow.to === hub.stage.id)
				.map((r) => sampleCurve(r.curve, 40));
			lines.forEach((a, i) => lines.slice(i + 1).forEach((b) => expect(cross(a, b)).toBe(false)));
		}
	});

	it('bows a flow within a lane around a dot in its way, and draws it straight otherwise', () => {
		const lane = (flows: DraftPathFlow[], extra: DraftPathStage[] = []) =>
			geometry({
				lanes: [{ id: 'l', label: 'L' }],
				stages: [stage('x', 'l', '2025-10-01'), stage('y', 'l', '2025-10-09'), ...extra],
				flows
			}).routes[0]!.curve.type;
		expect(lane([flow('f', 'x', 'y')])).toBe('line');
		expect(lane([flow('f', 'x', 'y')], [stage('between', 'l', '2025-10-05')])).toBe('cubic');
	});
});

describe('the tiers', () => {
	// Each size is written twice: in model.ts and in the components' container queries.
	const css = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
	const queries = (file: string, name: string) =>
		[
			...css(file).matchAll(
				new RegExp(
					`@container ${name} \\(min-width: (\\d+)px\\)(?: and \\(min-height: (\\d+)px\\))?`,
					'g'
				)
			)
		].map((m) => [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])]);

	it('are the numbers the components’ container queries use', () => {
		const [full, compact] = WIDE_TIERS;
		expect(queries('./DraftPath.svelte', 'dp-body')).toEqual([
			[compact.min.width, compact.min.height]
		]);
		expect(queries('./Label.svelte', 'dp-body')).toEqual([[full.min.width, full.min.height]]);
		expect(queries('./DraftPathNarrow.svelte', 'dp-window')).toEqual(
			NARROW_TIERS.slice(1).map((t) => [t.from, undefined])
		);
	});

	it('check the smallest body of each tier, and each tier its labels as many as the next', () => {
		for (const tier of WIDE_TIERS) {
			const smallest = tier.sizes.reduce((a, b) =>
				a.width * a.height < b.width * b.height ? a : b
			);
			expect(smallest).toEqual(tier.min);
		}
		expect(WIDE_TIERS.map((t) => t.compact)).toEqual([false, true]);
	});
});
