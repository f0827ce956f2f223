/**
 * The budgets of issues 9 and 17, checked against one bench's figures. A figure that varies
 * from run to run (Lighthouse, scrolling) is judged on its median over the runs; a figure that
 * was not measured fails its budget: a bench that could not look cannot say it passed.
 */
import { median } from './stats';
import type { BenchResults, BudgetCheck, ServerName } from './types';

export const BUDGETS = {
	/** Story first-load JS, gzipped, over the bare SvelteKit page's. */
	jsRatio: 1.5,
	/** The story page's HTML, raw bytes. */
	storyHtmlBytes: 300_000,
	/** Fonts a page preloads, raw bytes, on every page. */
	preloadedFontBytes: 60_000,
	/** Lighthouse mobile performance of the story, served gzipped, and its LCP. */
	storyPerformanceGzip: 98,
	storyLcpGzipMs: 2000,
	/** Lighthouse mobile performance served uncompressed (story), and of the embed (held). */
	performancePlain: 95,
	embedPerformance: 95,
	cls: 0.02,
	longTaskMs: 50,
	stepToGraphicMs: 16,
	/** Dropped frames scrolling the story on a phone, over the same page without its scripts. */
	droppedFramesRatio: 2
} as const;

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;

interface Row {
	name: string;
	value: number | undefined;
	ok: (v: number) => boolean;
	show?: (v: number) => string;
}

function check(id: string, label: string, limit: string, rows: Row[]): BudgetCheck {
	if (!rows.length || rows.some((r) => r.value === undefined)) {
		const missing = rows.filter((r) => r.value === undefined).map((r) => r.name);
		return {
			id,
			label,
			limit,
			figure: rows.length ? `not measured: ${missing.join(', ')}` : 'not measured',
			pass: null
		};
	}
	return {
		id,
		label,
		limit,
		figure: rows.map((r) => `${r.name} ${r.show ? r.show(r.value!) : r.value}`).join('; '),
		pass: rows.every((r) => r.ok(r.value!))
	};
}

/** "median 96 of 95, 96, 98": the figure judged, and the runs it came from. */
const ofRuns =
	(values: number[], show: (v: number) => string = String) =>
	(v: number) =>
		values.length > 1 ? `${show(v)} (median of ${values.map(show).join(', ')})` : show(v);

/** The budgets judged on sizes alone (`--sizes-only`): the same on a busy machine as on a quiet
 * one, so they can be checked at any time. */
export const SIZE_BUDGET_IDS = ['first-load-js', 'story-html', 'fonts-preloaded'] as const;

/** The size budgets: first-load JS against the bare page, the story's HTML, fonts preloaded. */
export function checkSizeBudgets(
	results: Pick<BenchResults, 'weight' | 'ratio' | 'fonts'>
): BudgetCheck[] {
	const weight = (page: string, viewport: string) =>
		results.weight.find((w) => w.page === page && w.viewportName === viewport);

	return [
		check(
			'first-load-js',
			`Story page first-load JS (gzipped) at most ${BUDGETS.jsRatio}× the bare SvelteKit page`,
			`≤ ${BUDGETS.jsRatio}×`,
			(['phone', 'desktop'] as const).map((viewport) => {
				const story = weight('story', viewport)?.firstLoad.js.gzip;
				const bare = weight('bare', viewport)?.firstLoad.js.gzip;
				return {
					name: viewport,
					value: results.ratio[viewport],
					ok: (v: number) => v <= BUDGETS.jsRatio,
					show: (v: number) => `${v.toFixed(2)}× (${bytes(story ?? 0)} / ${bytes(bare ?? 0)})`
				};
			})
		),
		check('story-html', 'Story page HTML, raw', `≤ ${bytes(BUDGETS.storyHtmlBytes)}`, [
			{
				name: 'story',
				value: weight('story', 'phone')?.firstLoad.html.raw,
				ok: (v) => v <= BUDGETS.storyHtmlBytes,
				show: (v) => `${bytes(v)} (${bytes(weight('story', 'phone')!.firstLoad.html.gzip)} gzipped)`
			}
		]),
		check(
			'fonts-preloaded',
			'Fonts preloaded, on every page of the site',
			`≤ ${bytes(BUDGETS.preloadedFontBytes)}`,
			results.fonts.length
				? [
						{
							name: `most, on ${results.fonts[0]!.page}`,
							value: Math.max(...results.fonts.map((f) => f.bytes)),
							ok: (v) => v <= BUDGETS.preloadedFontBytes,
							show: (v) =>
								`${bytes(v)} (${results.fonts[0]!.files.length} files; ${results.fonts.length} pages)`
						}
					]
				: []
		)
	];
}

export function checkBudgets(results: Omit<BenchResults, 'budgets'>): BudgetCheck[] {
	const checks: BudgetCheck[] = checkSizeBudgets(results);

	const lighthousePages = ['story', ...(results.pages.embed ? ['embed'] : [])];
	const runsOf = (page: string, preset: string, server: ServerName) =>
		results.lighthouse.filter((r) => r.page === page && r.preset === preset && r.server === server);
	/** The median of one Lighthouse figure over the runs of a page, preset and server. */
	const lh = (
		page: string,
		preset: string,
		server: ServerName,
		figure: (r: BenchResults['lighthouse'][number]) => number | undefined,
		min?: number,
		max?: number,
		show?: (v: number) => string
	): Row => {
		const values = runsOf(page, preset, server)
			.map(figure)
			.filter((v) => v !== undefined);
		return {
			name: `${page} ${preset}${server === 'plain' ? ' uncompressed' : ''}`,
			value: median(values),
			ok: (v) => (min === undefined || v >= min) && (max === undefined || v <= max),
			show: ofRuns(values, show)
		};
	};
	const score = (
		id: string,
		label: string,
		key: 'performance' | 'accessibility' | 'bestPractices' | 'seo',
		presets: string[],
		pages = lighthousePages
	) =>
		check(
			id,
			label,
			'100',
			pages.flatMap((page) =>
				presets.map((preset) => lh(page, preset, 'gzip', (r) => r.scores[key], 100))
			)
		);
	const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
	checks.push(
		check(
			'lh-performance',
			'Lighthouse performance, mobile preset, served gzipped',
			`story ≥ ${BUDGETS.storyPerformanceGzip}, embed ≥ ${BUDGETS.embedPerformance}`,
			lighthousePages.map((page) =>
				lh(
					page,
					'mobile',
					'gzip',
					(r) => r.scores.performance,
					page === 'story' ? BUDGETS.storyPerformanceGzip : BUDGETS.embedPerformance
				)
			)
		),
		check(
			'lh-lcp',
			'Largest Contentful Paint, Lighthouse mobile, served gzipped',
			`≤ ${ms(BUDGETS.storyLcpGzipMs)}`,
			[lh('story', 'mobile', 'gzip', (r) => r.lcpMs, undefined, BUDGETS.storyLcpGzipMs, ms)]
		),
		check(
			'lh-performance-plain',
			'Lighthouse performance, mobile preset, served uncompressed (a plain static host)',
			`≥ ${BUDGETS.performancePlain}`,
			[lh('story', 'mobile', 'plain', (r) => r.scores.performance, BUDGETS.performancePlain)]
		),
		score('lh-accessibility', 'Lighthouse accessibility', 'accessibility', ['mobile', 'desktop']),
		score('lh-best-practices', 'Lighthouse best practices', 'bestPractices', ['mobile', 'desktop']),
		// Embeds may carry `noindex` on purpose (they live inside other pages): SEO is held on
		// the story page and only reported for the embed.
		score('lh-seo', 'Lighthouse SEO (story page)', 'seo', ['mobile', 'desktop'], ['story'])
	);

	const scrolls = (viewport: string, variant: 'site' | 'static') =>
		results.scroll.filter((s) => s.variant === variant && s.viewportName === viewport);
	/** The median of one scrolling figure over the runs of a viewport. */
	const scrolled = (
		viewport: 'phone' | 'desktop',
		variant: 'site' | 'static',
		figure: (s: BenchResults['scroll'][number]) => number,
		ok: (v: number) => boolean,
		show?: (v: number) => string,
		name = viewport as string
	): Row => {
		const values = scrolls(viewport, variant).map(figure);
		return { name, value: median(values), ok, show: ofRuns(values, show) };
	};
	const viewports = ['phone', 'desktop'] as const;
	checks.push(
		check('cls', 'Cumulative Layout Shift', `≤ ${BUDGETS.cls}`, [
			...lighthousePages.flatMap((page) =>
				['mobile', 'desktop'].map((preset) => ({
					...lh(page, preset, 'gzip', (r) => r.cls, undefined, BUDGETS.cls),
					name: `Lighthouse ${page} ${preset}`
				}))
			),
			...viewports.map((viewport) =>
				scrolled(
					viewport,
					'site',
					(s) => s.cls.visit,
					(v) => v <= BUDGETS.cls,
					undefined,
					`story load + scroll, ${viewport}`
				)
			)
		]),
		check(
			'long-tasks',
			'No long task (over 50 ms) while scrolling the story',
			'0 tasks',
			viewports.map((viewport) =>
				scrolled(
					viewport,
					'site',
					(s) => s.longTasks.length,
					(v) => v === 0,
					(v) => `${v} tasks`
				)
			)
		),
		check(
			'step-to-graphic',
			'Step crossing its trigger → graphic DOM in its new state, every step change',
			`< ${BUDGETS.stepToGraphicMs} ms`,
			viewports.map((viewport) => {
				// A step that crossed and never became active never showed its state.
				const lost = [
					...new Set(scrolls(viewport, 'site').flatMap((s) => s.stepToGraphic.neverActive))
				];
				const row = scrolled(
					viewport,
					'site',
					(s) => s.stepToGraphic.toGraphic.max ?? Infinity,
					(v) => v < BUDGETS.stepToGraphicMs && !lost.length,
					(v) => `max ${v} ms`
				);
				return lost.length
					? { ...row, show: (v: number) => `${row.show!(v)}, never active: ${lost.join(', ')}` }
					: row;
			})
		)
	);

	const staticDropped = median(scrolls('phone', 'static').map((s) => s.frames.dropped));
	checks.push(
		check(
			'dropped-frames',
			'Dropped frames scrolling the story on a phone, against the same page without its scripts',
			`≤ ${BUDGETS.droppedFramesRatio}× the static page's`,
			[
				scrolled(
					'phone',
					'site',
					(s) => s.frames.dropped,
					(v) => staticDropped !== undefined && v <= BUDGETS.droppedFramesRatio * staticDropped,
					(v) => `${v} frames`,
					`phone (static page: ${staticDropped ?? 'not measured'})`
				)
			].map((row) => (staticDropped === undefined ? { ...row, value: undefined } : row))
		)
	);

	const reached = results.lighthouse.filter((r) => !r.network.nothingDownloaded);
	checks.push(
		check(
			'lh-offline',
			'Check: Lighthouse fetched nothing from beyond this machine',
			'nothing',
			results.lighthouse.length
				? [
						{
							name: `${results.lighthouse.length} runs:`,
							value: reached.length,
							ok: (v) => v === 0,
							show: (v) =>
								v === 0
									? 'nothing'
									: `SOMETHING in ${reached.map((r) => `${r.page} ${r.preset} ${r.server} run ${r.run}`).join(', ')} (see latest.json)`
						}
					]
				: []
		)
	);
	return checks;
}
