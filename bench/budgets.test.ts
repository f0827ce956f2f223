import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets';
import type { BenchResults, LighthouseRow, ScrollRow, WeightRow } from './types';

const js = (gzip: number) => ({
	js: { count: 1, raw: gzip * 3, gzip },
	css: { count: 0, raw: 0, gzip: 0 },
	html: { count: 1, raw: 100, gzip: 50 },
	font: { count: 0, raw: 0, gzip: 0 },
	other: { count: 0, raw: 0, gzip: 0 }
});
const weight = (page: 'story' | 'bare', viewportName: 'phone' | 'desktop', gzip: number) =>
	({
		page,
		viewportName,
		path: '/',
		viewport: { width: 1, height: 1 },
		firstLoad: js(gzip),
		firstLoadFiles: [],
		unmapped: []
	}) as WeightRow;

const lighthouse = (preset: 'mobile' | 'desktop', performance: number, cls = 0) =>
	({
		page: 'story',
		preset,
		url: '',
		scores: { performance, accessibility: 100, bestPractices: 100, seo: 100 },
		cls,
		failedAudits: [],
		warnings: [],
		network: { lighthouseProcess: [], page: [], nothingDownloaded: true },
		durationMs: 0,
		report: ''
	}) as LighthouseRow;

const scroll = (
	viewportName: 'phone' | 'desktop',
	longTasks: number[],
	stepMax: number,
	neverActive: string[] = []
) =>
	({
		viewportName,
		variant: 'site',
		cls: { visit: 0.001, whileScrolling: 0 },
		longTasks: longTasks.map((duration) => ({ start: 0, duration })),
		stepToGraphic: {
			toGraphic: { count: 3, p50: 1, p95: stepMax, max: stepMax },
			neverActive: neverActive
		}
	}) as unknown as ScrollRow;

function results(overrides: Partial<BenchResults> = {}): Omit<BenchResults, 'budgets'> {
	return {
		pages: { story: '/american-plan/', embed: null, bare: '/' },
		weight: [
			weight('story', 'phone', 36_000),
			weight('bare', 'phone', 27_000),
			weight('story', 'desktop', 36_000),
			weight('bare', 'desktop', 27_000)
		],
		ratio: { phone: 36 / 27, desktop: 36 / 27 },
		lighthouse: [lighthouse('mobile', 97), lighthouse('desktop', 100)],
		scroll: [scroll('phone', [], 3), scroll('desktop', [], 4)],
		...overrides
	} as Omit<BenchResults, 'budgets'>;
}

const byId = (r: Omit<BenchResults, 'budgets'>) =>
	Object.fromEntries(checkBudgets(r).map((b) => [b.id, b]));

describe('checkBudgets', () => {
	it('passes a run within every budget', () => {
		expect(checkBudgets(results()).every((b) => b.pass === true)).toBe(true);
	});

	it('fails each budget on its own figure, quoting it', () => {
		const budgets = byId(
			results({
				ratio: { phone: 1.7, desktop: 1.2 },
				lighthouse: [lighthouse('mobile', 94, 0.03), lighthouse('desktop', 100)],
				scroll: [scroll('phone', [51], 3), scroll('desktop', [], 16)]
			})
		);
		expect(budgets['first-load-js']).toMatchObject({ pass: false });
		expect(budgets['first-load-js']!.figure).toContain('phone 1.70×');
		expect(budgets['lh-performance']).toMatchObject({ pass: false, figure: 'story mobile 94' });
		expect(budgets['cls']!.pass).toBe(false);
		expect(budgets['long-tasks']!.figure).toContain('phone 1 tasks (longest 51 ms)');
		expect(budgets['step-to-graphic']!.pass).toBe(false);
		expect(budgets['lh-accessibility']!.pass).toBe(true);
	});

	it('fails step-to-graphic when a step never became active, however fast the others were', () => {
		const budgets = byId(
			results({ scroll: [scroll('phone', [], 3, ['lost']), scroll('desktop', [], 4)] })
		);
		expect(budgets['step-to-graphic']!.pass).toBe(false);
		expect(budgets['step-to-graphic']!.figure).toContain('never active: lost');
	});

	it('counts a figure that was not measured as not passing', () => {
		const budgets = byId(results({ lighthouse: [] }));
		expect(budgets['lh-performance']).toMatchObject({ pass: null });
		expect(budgets['lh-performance']!.figure).toContain('not measured');
		expect(budgets['lh-offline']!.pass).toBeNull();
	});
});
