import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, checkSizeBudgets, SIZE_BUDGET_IDS } from './budgets';
import type { BenchResults, LighthouseRow, ScrollRow, ServerName, WeightRow } from './types';

const kinds = (jsGzip: number, htmlRaw: number) => ({
	js: { count: 1, raw: jsGzip * 3, gzip: jsGzip },
	css: { count: 0, raw: 0, gzip: 0 },
	html: { count: 1, raw: htmlRaw, gzip: Math.round(htmlRaw / 6) },
	font: { count: 0, raw: 0, gzip: 0 },
	other: { count: 0, raw: 0, gzip: 0 }
});
const weight = (
	page: 'story' | 'bare',
	viewportName: 'phone' | 'desktop',
	gzip: number,
	htmlRaw = 250_000
) =>
	({
		page,
		viewportName,
		path: '/',
		viewport: { width: 1, height: 1 },
		firstLoad: kinds(gzip, htmlRaw),
		firstLoadFiles: [],
		unmapped: []
	}) as WeightRow;

interface LighthouseFigures {
	performance?: number;
	lcpMs?: number;
	cls?: number;
	page?: 'story' | 'embed';
	server?: ServerName;
	nothingDownloaded?: boolean;
}
const lighthouse = (preset: 'mobile' | 'desktop', run: number, f: LighthouseFigures = {}) =>
	({
		page: f.page ?? 'story',
		server: f.server ?? 'gzip',
		run,
		preset,
		url: '',
		scores: { performance: f.performance ?? 99, accessibility: 100, bestPractices: 100, seo: 100 },
		lcpMs: f.lcpMs ?? 1500,
		cls: f.cls ?? 0,
		failedAudits: [],
		warnings: [],
		network: { lighthouseProcess: [], page: [], nothingDownloaded: f.nothingDownloaded ?? true },
		durationMs: 0,
		report: ''
	}) as LighthouseRow;
/** Three runs of each page, preset and server, with the same figures unless given. */
const threeRuns = (f: LighthouseFigures = {}) =>
	[1, 2, 3].flatMap((run) => [
		lighthouse('mobile', run, f),
		lighthouse('desktop', run, f),
		lighthouse('mobile', run, { ...f, server: 'plain' })
	]);

interface ScrollFigures {
	longTasks?: number[];
	stepMax?: number;
	neverActive?: string[];
	dropped?: number;
	cls?: number;
}
const scroll = (
	viewportName: 'phone' | 'desktop',
	variant: 'site' | 'static',
	run: number,
	f: ScrollFigures = {}
) =>
	({
		viewportName,
		variant,
		run,
		frames: { count: 1200, dropped: f.dropped ?? (variant === 'site' ? 5 : 3) },
		cls: { visit: f.cls ?? 0.001, whileScrolling: 0 },
		longTasks: (f.longTasks ?? []).map((duration) => ({ start: 0, duration })),
		stepToGraphic: {
			toGraphic: { count: 3, p50: 1, p95: f.stepMax ?? 4, max: f.stepMax ?? 4 },
			neverActive: f.neverActive ?? []
		}
	}) as unknown as ScrollRow;
const scrolls = (over: (row: ScrollRow) => ScrollFigures = () => ({})) =>
	[1, 2, 3].flatMap((run) =>
		(['phone', 'desktop'] as const).flatMap((viewport) =>
			(['site', 'static'] as const).map((variant) => {
				const row = scroll(viewport, variant, run);
				return scroll(viewport, variant, run, over(row));
			})
		)
	);

function results(overrides: Partial<BenchResults> = {}): Omit<BenchResults, 'budgets'> {
	return {
		runs: 3,
		pages: { story: '/american-plan/', embed: null, bare: '/' },
		weight: [
			weight('story', 'phone', 36_000),
			weight('bare', 'phone', 27_000),
			weight('story', 'desktop', 36_000),
			weight('bare', 'desktop', 27_000)
		],
		ratio: { phone: 36 / 27, desktop: 36 / 27 },
		lighthouse: threeRuns(),
		scroll: scrolls(),
		fonts: [
			{ page: '/american-plan/', bytes: 52_000, files: ['a.woff2', 'b.woff2'] },
			{ page: '/', bytes: 40_000, files: ['a.woff2'] }
		],
		...overrides
	} as Omit<BenchResults, 'budgets'>;
}

const byId = (r: Omit<BenchResults, 'budgets'>) =>
	Object.fromEntries(checkBudgets(r).map((b) => [b.id, b]));

describe('checkBudgets', () => {
	it('passes a run within every budget', () => {
		const failing = checkBudgets(results()).filter((b) => b.pass !== true);
		expect(failing).toEqual([]);
	});

	it.each([
		['first-load-js', { ratio: { phone: 1.51, desktop: 1.2 } }, 'phone 1.51×'],
		[
			'story-html',
			{ weight: [weight('story', 'phone', 36_000, 300_001), weight('bare', 'phone', 27_000)] },
			'story 300,001 B'
		],
		[
			'fonts-preloaded',
			{ fonts: [{ page: '/embed/x/', bytes: 60_001, files: ['a', 'b', 'c'] }] },
			'most, on /embed/x/ 60,001 B (3 files; 1 pages)'
		],
		['lh-performance', { lighthouse: threeRuns({ performance: 97 }) }, 'story mobile 97'],
		['lh-lcp', { lighthouse: threeRuns({ lcpMs: 2100 }) }, 'story mobile 2,100 ms'],
		[
			'lh-performance-plain',
			{
				lighthouse: [
					...threeRuns().filter((r) => r.server === 'gzip'),
					...[1, 2, 3].map((run) => lighthouse('mobile', run, { server: 'plain', performance: 94 }))
				]
			},
			'story mobile uncompressed 94'
		],
		['cls', { lighthouse: threeRuns({ cls: 0.03 }) }, 'Lighthouse story mobile 0.03'],
		['long-tasks', { scroll: scrolls(() => ({ longTasks: [51] })) }, 'phone 1 tasks'],
		['step-to-graphic', { scroll: scrolls(() => ({ stepMax: 16 })) }, 'phone max 16 ms'],
		[
			'dropped-frames',
			{ scroll: scrolls((row) => ({ dropped: row.variant === 'site' ? 7 : 3 })) },
			'phone (static page: 3) 7 frames'
		],
		['lh-offline', { lighthouse: threeRuns({ nothingDownloaded: false }) }, 'SOMETHING in']
	] as [string, Partial<BenchResults>, string][])(
		'fails %s on its own figure, quoting it',
		(id, overrides, quoted) => {
			const budgets = byId(results(overrides));
			expect(budgets[id]).toMatchObject({ pass: false });
			expect(budgets[id]!.figure).toContain(quoted);
			const others = Object.values(budgets).filter((b) => b.id !== id && b.pass !== true);
			expect(others.map((b) => b.id)).toEqual([]);
		}
	);

	it('judges a figure that varies on its median, and shows the runs', () => {
		const runs = [
			...threeRuns().filter((r) => !(r.preset === 'mobile' && r.server === 'gzip')),
			lighthouse('mobile', 1, { performance: 97, lcpMs: 2600 }),
			lighthouse('mobile', 2, { performance: 99, lcpMs: 1900 }),
			lighthouse('mobile', 3, { performance: 98, lcpMs: 1800 })
		];
		const budgets = byId(results({ lighthouse: runs }));
		expect(budgets['lh-performance']).toMatchObject({
			pass: true,
			figure: 'story mobile 98 (median of 97, 99, 98)'
		});
		expect(budgets['lh-lcp']).toMatchObject({
			pass: true,
			figure: 'story mobile 1,900 ms (median of 2,600 ms, 1,900 ms, 1,800 ms)'
		});
		// One slow run among three does not fail the budget; two do.
		const slow = byId(
			results({
				scroll: scrolls((row) => ({
					dropped: row.variant === 'static' ? 3 : [2, 3].includes(row.run) ? 9 : 5
				}))
			})
		);
		expect(slow['dropped-frames']).toMatchObject({ pass: false });
		expect(slow['dropped-frames']!.figure).toContain(
			'9 frames (median of 5 frames, 9 frames, 9 frames)'
		);
	});

	it('holds the embed to the held performance budget, and the story to the new one', () => {
		const embed = [1, 2, 3].map((run) =>
			lighthouse('mobile', run, { page: 'embed', performance: BUDGETS.embedPerformance })
		);
		const budgets = byId(
			results({
				pages: { story: '/american-plan/', embed: '/embed/x/', bare: '/' },
				lighthouse: [
					...threeRuns(),
					...embed,
					...embed.map((r) => ({ ...r, preset: 'desktop' as const }))
				]
			})
		);
		expect(budgets['lh-performance']).toMatchObject({ pass: true });
		expect(budgets['lh-performance']!.figure).toContain('embed mobile 95');
	});

	it('fails step-to-graphic when a step never became active, however fast the others were', () => {
		const budgets = byId(results({ scroll: scrolls(() => ({ neverActive: ['lost'] })) }));
		expect(budgets['step-to-graphic']!.pass).toBe(false);
		expect(budgets['step-to-graphic']!.figure).toContain('never active: lost');
	});

	it('counts a figure that was not measured as not passing', () => {
		const budgets = byId(results({ lighthouse: [], scroll: [], fonts: [] }));
		for (const id of ['lh-performance', 'lh-lcp', 'lh-performance-plain', 'lh-offline'])
			expect(budgets[id], id).toMatchObject({ pass: null });
		expect(budgets['lh-performance']!.figure).toContain('not measured');
		expect(budgets['dropped-frames']!.pass).toBeNull();
		expect(budgets['fonts-preloaded']!.pass).toBeNull();
		// Without the static page's run there is nothing to compare the site's with.
		const noControl = byId(results({ scroll: scrolls().filter((s) => s.variant === 'site') }));
		expect(noControl['dropped-frames']!.pass).toBeNull();
	});
});

describe('checkSizeBudgets (--sizes-only)', () => {
	it('judges the sizes alone, without Lighthouse or scrolling runs', () => {
		const checks = checkSizeBudgets(results({ lighthouse: [], scroll: [] }));
		expect(checks.map((c) => c.id)).toEqual([...SIZE_BUDGET_IDS]);
		expect(checks.every((c) => c.pass === true)).toBe(true);
	});

	it('fails a story page over 300,000 B of HTML and JS over 1.5× the bare page', () => {
		const over = results({
			weight: [
				weight('story', 'phone', 44_000, 300_001),
				weight('bare', 'phone', 27_000),
				weight('story', 'desktop', 40_000, 300_001),
				weight('bare', 'desktop', 27_000)
			],
			ratio: { phone: 44 / 27, desktop: 40 / 27 }
		});
		const checks = Object.fromEntries(checkSizeBudgets(over).map((c) => [c.id, c]));
		expect(checks['story-html']!.pass).toBe(false);
		expect(checks['first-load-js']!.pass).toBe(false);
		expect(checks['first-load-js']!.figure).toContain('phone 1.63×');
	});
});
