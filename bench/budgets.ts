/**
 * The budgets of issue 9, checked against one run's figures. A figure that was not measured
 * fails its budget: a bench that could not look cannot say it passed.
 */
import type { BenchResults, BudgetCheck } from './types';

export const BUDGETS = {
	jsRatio: 1.6,
	mobilePerformance: 95,
	cls: 0.02,
	longTaskMs: 50,
	stepToGraphicMs: 16
} as const;

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`;

function check(
	id: string,
	label: string,
	limit: string,
	rows: {
		name: string;
		value: number | undefined;
		ok: (v: number) => boolean;
		show?: (v: number) => string;
	}[]
): BudgetCheck {
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

export function checkBudgets(results: Omit<BenchResults, 'budgets'>): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const weight = (page: string, viewport: string) =>
		results.weight.find((w) => w.page === page && w.viewportName === viewport);

	checks.push(
		check(
			'first-load-js',
			'Story page first-load JS (gzipped) at most 1.6× the bare SvelteKit page',
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
		)
	);

	const lighthousePages = ['story', ...(results.pages.embed ? ['embed'] : [])];
	const lh = (page: string, preset: string) =>
		results.lighthouse.find((r) => r.page === page && r.preset === preset);
	const score = (
		id: string,
		label: string,
		key: 'performance' | 'accessibility' | 'bestPractices' | 'seo',
		min: number,
		presets: string[],
		pages = lighthousePages
	) =>
		check(
			id,
			label,
			min === 100 ? '100' : `≥ ${min}`,
			pages.flatMap((page) =>
				presets.map((preset) => ({
					name: `${page} ${preset}`,
					value: lh(page, preset)?.scores[key],
					ok: (v: number) => v >= min
				}))
			)
		);
	checks.push(
		score(
			'lh-performance',
			'Lighthouse performance, mobile preset',
			'performance',
			BUDGETS.mobilePerformance,
			['mobile']
		),
		score('lh-accessibility', 'Lighthouse accessibility', 'accessibility', 100, [
			'mobile',
			'desktop'
		]),
		score('lh-best-practices', 'Lighthouse best practices', 'bestPractices', 100, [
			'mobile',
			'desktop'
		]),
		// Embeds may carry `noindex` on purpose (they live inside other pages): SEO is held on
		// the story page and only reported for the embed.
		score('lh-seo', 'Lighthouse SEO (story page)', 'seo', 100, ['mobile', 'desktop'], ['story'])
	);

	checks.push(
		check('cls', 'Cumulative Layout Shift', `≤ ${BUDGETS.cls}`, [
			...lighthousePages.flatMap((page) =>
				['mobile', 'desktop'].map((preset) => ({
					name: `Lighthouse ${page} ${preset}`,
					value: lh(page, preset)?.cls,
					ok: (v: number) => v <= BUDGETS.cls
				}))
			),
			...(['phone', 'desktop'] as const).map((viewport) => ({
				name: `story load + scroll, ${viewport}`,
				value: results.scroll.find((s) => s.variant === 'site' && s.viewportName === viewport)?.cls
					.visit,
				ok: (v: number) => v <= BUDGETS.cls
			}))
		])
	);

	const siteScrolls = (['phone', 'desktop'] as const).map((viewport) => ({
		viewport,
		run: results.scroll.find((s) => s.variant === 'site' && s.viewportName === viewport)
	}));
	checks.push(
		check(
			'long-tasks',
			'No long task (over 50 ms) while scrolling the story',
			'0 tasks',
			siteScrolls.map(({ viewport, run }) => ({
				name: viewport,
				value: run?.longTasks.length,
				ok: (v: number) => v === 0,
				show: (v: number) =>
					v === 0
						? '0 tasks'
						: `${v} tasks (longest ${Math.max(...run!.longTasks.map((t) => t.duration))} ms)`
			}))
		),
		check(
			'step-to-graphic',
			'Step crossing its trigger → graphic DOM in its new state, every step change',
			`< ${BUDGETS.stepToGraphicMs} ms`,
			siteScrolls.map(({ viewport, run }) => ({
				name: viewport,
				value: run?.stepToGraphic.toGraphic.max,
				// A step that crossed on its own and never became active never showed its state.
				ok: (v: number) => v < BUDGETS.stepToGraphicMs && !run!.stepToGraphic.neverActive.length,
				show: (v: number) =>
					`max ${v} ms (p50 ${run!.stepToGraphic.toGraphic.p50}, p95 ${run!.stepToGraphic.toGraphic.p95}, n=${run!.stepToGraphic.toGraphic.count})` +
					(run!.stepToGraphic.neverActive.length
						? `, never active: ${run!.stepToGraphic.neverActive.join(', ')}`
						: '')
			}))
		)
	);

	checks.push(
		check(
			'lh-offline',
			'Check: Lighthouse fetched nothing from beyond this machine',
			'nothing',
			results.lighthouse.map((r) => ({
				name: `${r.page} ${r.preset}`,
				value: r.network.nothingDownloaded ? 1 : 0,
				ok: (v: number) => v === 1,
				show: (v: number) => (v ? 'nothing' : 'SOMETHING (see latest.json)')
			}))
		)
	);
	return checks;
}
