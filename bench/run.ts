/**
 * `npm run bench`: builds the site and a bare SvelteKit page, measures the story page (and one
 * embed, when the build has one) for weight, Lighthouse (served gzipped and uncompressed) and
 * scrolling, each figure that varies over several runs, checks the budgets of issues 9 and 17,
 * and writes bench/results/latest.json and latest.md.
 *
 * Options:
 *   --no-fail          report failed budgets but exit 0
 *   --skip-build       measure the existing build/ (the build time is then not measured)
 *   --skip-lighthouse  no Lighthouse runs (its budgets then count as not measured)
 *   --runs=N           runs of each Lighthouse and scrolling measurement (3; budgets take the median)
 *   --sizes-only       page weight and fonts only, judged on the size budgets (no scrolling, no
 *                      Lighthouse): figures that do not depend on the machine's load, so this can
 *                      run at any time; writes bench/.tmp/sizes.{json,md}, not results/
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../tests/e2e/browser';
import { serveStatic, type StaticServer } from '../tests/e2e/staticServer';
import { checkBudgets, checkSizeBudgets } from './budgets';
import { precompress } from './precompress';
import { preloadedFonts } from './preloads';
import { buildBare, buildSite } from './build';
import { runLighthouse, type Preset } from './lighthouse';
import { renderReport } from './report';
import { measureScrolling } from './scroll';
import type {
	BenchResults,
	LighthouseRow,
	PageName,
	ScrollRow,
	ServerName,
	ViewportName,
	WeightRow
} from './types';
import { measurePageWeight } from './weight';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const RESULTS = join(ROOT, 'bench', 'results');
const SCRATCH = join(ROOT, 'bench', '.tmp');

const STORY = '/american-plan/';
/** The embed to measure: one visual if the build has it, else the whole feature. */
const EMBED_CANDIDATES = ['/embed/american-plan/transcript/', '/embed/american-plan/'];
const BARE = '/';
const VIEWPORTS: Record<ViewportName, { width: number; height: number }> = {
	phone: { width: 375, height: 812 },
	desktop: { width: 1440, height: 900 }
};
/** A brisk, steady wheel scroll: the whole story in well under a minute. */
const SCROLL_SPEED = 2000;

const args = new Set(process.argv.slice(2));
/** Sizes only: nothing whose figure depends on how busy the machine is. */
const SIZES_ONLY = args.has('--sizes-only');
/** Runs of each measurement whose figures vary; the budgets judge their median. */
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1)
	throw new Error(`--runs must be a whole number of runs, at least 1 (got ${RUNS})`);
const log = (message: string) => console.log(`[bench] ${message}`);

function git(...gitArgs: string[]): string {
	try {
		return execFileSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

function versionOf(name: string): string {
	try {
		return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'))
			.version;
	} catch {
		return 'not installed';
	}
}

async function step<T>(
	name: string,
	errors: string[],
	fn: () => Promise<T>
): Promise<T | undefined> {
	const started = performance.now();
	log(`${name}…`);
	try {
		const result = await fn();
		log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		return result;
	} catch (error) {
		const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
		console.error(`[bench] ${message}`);
		errors.push(message);
		return undefined;
	}
}

async function main(): Promise<number> {
	const started = performance.now();
	const errors: string[] = [];
	const loadAverageStart = os.loadavg();
	const gitInfo = {
		commit: git('rev-parse', 'HEAD'),
		branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
		dirty: git('status', '--porcelain', '--', '.', ':!bench/results') !== ''
	};

	const build: BenchResults['build'] = { bareMs: 0 };
	if (args.has('--skip-build')) {
		build.note = '--skip-build: measured the existing build/';
		if (!existsSync(join(ROOT, 'build', 'index.html')))
			throw new Error('No build/ to measure: run without --skip-build');
	} else {
		const site = await step('Building the site (npm run build)', errors, () => buildSite(ROOT));
		if (!site) throw new Error(errors.at(-1));
		build.siteMs = site.ms;
	}
	const bare = await step('Building the bare SvelteKit page', errors, () => buildBare(ROOT));
	if (!bare) throw new Error(errors.at(-1));
	build.bareMs = bare.ms;

	const siteDir = join(ROOT, 'build');
	const embedPath = EMBED_CANDIDATES.find((path) => existsSync(join(siteDir, path, 'index.html')));
	const pages: BenchResults['pages'] = {
		story: STORY,
		embed: embedPath ?? null,
		bare: BARE,
		...(embedPath
			? {}
			: {
					embedNote: `No embed in this build (looked for ${EMBED_CANDIDATES.join(' and ')}): embed rows skipped, not measured.`
				})
	};
	if (!embedPath) log(pages.embedNote!);

	const weight: WeightRow[] = [];
	const scroll: ScrollRow[] = [];
	const lighthouse: LighthouseRow[] = [];
	let chromium = '';
	let siteServer: StaticServer | undefined;
	let plainServer: StaticServer | undefined;
	let bareServer: StaticServer | undefined;
	let browser: Browser | undefined;
	try {
		// Served compressed, as a CDN serves them (the weights are computed from the files).
		log(`gzipped copies: ${precompress(siteDir)} site files, ${precompress(bare.dir)} bare files`);
		siteServer = await serveStatic(siteDir, { gzip: true });
		// The same files as a plain static host (an S3 bucket, `vite preview`…) serves them.
		plainServer = await serveStatic(siteDir);
		bareServer = await serveStatic(bare.dir, { gzip: true });
		browser = await launchChromium();
		chromium = `Chromium ${browser.version()}`;
		const targets: { page: PageName; server: StaticServer; dir: string; path: string }[] = [
			{ page: 'story', server: siteServer, dir: siteDir, path: STORY },
			...(embedPath
				? [{ page: 'embed' as const, server: siteServer, dir: siteDir, path: embedPath }]
				: []),
			{ page: 'bare', server: bareServer, dir: bare.dir, path: BARE }
		];
		for (const [viewportName, viewport] of Object.entries(VIEWPORTS) as [
			ViewportName,
			typeof VIEWPORTS.phone
		][]) {
			for (const target of targets) {
				const row = await step(
					`Page weight: ${target.page} at ${viewport.width}×${viewport.height}`,
					errors,
					() =>
						measurePageWeight(browser!, {
							origin: target.server.url,
							buildDir: target.dir,
							path: target.path,
							viewport,
							scrollToEnd: true
						})
				);
				if (row) weight.push({ ...row, page: target.page, viewportName });
			}
		}
		for (let run = 1; run <= (SIZES_ONLY ? 0 : RUNS); run++) {
			for (const [viewportName, viewport] of Object.entries(VIEWPORTS) as [
				ViewportName,
				typeof VIEWPORTS.phone
			][]) {
				for (const variant of ['site', 'static'] as const) {
					const row = await step(
						`Scrolling the story (${variant}) at ${viewport.width}×${viewport.height}, run ${run} of ${RUNS}`,
						errors,
						() =>
							measureScrolling(browser!, {
								url: siteServer!.url + STORY,
								path: STORY,
								viewport,
								speed: SCROLL_SPEED,
								blockSiteScripts: variant === 'static'
							})
					);
					if (row) scroll.push({ ...row, viewportName, variant, run });
				}
			}
		}
		// Lighthouse gets the machine to itself: the measuring browser is closed first.
		await browser.close();
		browser = undefined;
		if (!args.has('--skip-lighthouse') && !SIZES_ONLY) {
			// Served gzipped: every preset. Uncompressed: the phone, where it costs the most.
			const servers: [ServerName, StaticServer, Preset[]][] = [
				['gzip', siteServer, ['mobile', 'desktop']],
				['plain', plainServer, ['mobile']]
			];
			for (let run = 1; run <= RUNS; run++) {
				for (const [server, origin, presets] of servers) {
					for (const target of targets.filter((t) => t.page !== 'bare')) {
						for (const preset of presets) {
							const row = await step(
								`Lighthouse ${preset}: ${target.page}, ${server}, run ${run} of ${RUNS}`,
								errors,
								() =>
									runLighthouse({
										url: origin.url + target.path,
										preset,
										outDir: join(SCRATCH, 'lighthouse'),
										name: `${target.page}-${server}-${run}`,
										chromePath: CHROMIUM_PATH
									})
							);
							if (row) lighthouse.push({ ...row, page: target.page, server, run });
						}
					}
				}
			}
		}
	} finally {
		await browser?.close();
		await siteServer?.close();
		await plainServer?.close();
		await bareServer?.close();
		await bare.cleanup();
	}

	const ratio: BenchResults['ratio'] = {};
	for (const viewportName of Object.keys(VIEWPORTS) as ViewportName[]) {
		const story = weight.find((w) => w.page === 'story' && w.viewportName === viewportName);
		const bareRow = weight.find((w) => w.page === 'bare' && w.viewportName === viewportName);
		if (story && bareRow?.firstLoad.js.gzip) {
			ratio[viewportName] =
				Math.round((story.firstLoad.js.gzip / bareRow.firstLoad.js.gzip) * 1000) / 1000;
		}
	}

	const cpus = os.cpus();
	const partial: Omit<BenchResults, 'budgets'> = {
		schema: 2,
		runs: RUNS,
		timestamp: new Date().toISOString(),
		durationMs: Math.round(performance.now() - started),
		git: gitInfo,
		machine: {
			platform: `${os.platform()} ${os.release()} ${os.arch()}`,
			cpuModel: cpus[0]?.model ?? 'unknown',
			cpus: cpus.length,
			memoryGb: Math.round(os.totalmem() / 2 ** 30),
			loadAverageStart: loadAverageStart.map((v) => Math.round(v * 100) / 100),
			loadAverageEnd: os.loadavg().map((v) => Math.round(v * 100) / 100),
			node: process.version,
			chromium
		},
		versions: Object.fromEntries(
			[
				'svelte',
				'@sveltejs/kit',
				'@sveltejs/adapter-static',
				'@sveltejs/vite-plugin-svelte',
				'vite',
				'scrollama',
				'layercake',
				'lighthouse',
				'playwright-core'
			].map((name) => [name, versionOf(name)])
		),
		pages,
		build,
		weight,
		ratio,
		scroll,
		lighthouse,
		fonts: preloadedFonts(siteDir),
		errors
	};
	const results: BenchResults = {
		...partial,
		budgets: SIZES_ONLY ? checkSizeBudgets(partial) : checkBudgets(partial)
	};

	// A sizes-only run leaves the full bench's results alone.
	const outDir = SIZES_ONLY ? SCRATCH : RESULTS;
	const outName = SIZES_ONLY ? 'sizes' : 'latest';
	await mkdir(outDir, { recursive: true });
	await writeFile(join(outDir, `${outName}.json`), JSON.stringify(results, null, '\t') + '\n');
	await writeFile(join(outDir, `${outName}.md`), renderReport(results) + '\n');
	if (SIZES_ONLY) {
		for (const row of weight.filter((w) => w.viewportName === 'phone')) {
			const { js, html } = row.firstLoad;
			console.log(
				`${row.page.padEnd(6)} ${row.path}: HTML ${html.raw.toLocaleString('en-US')} B raw, ` +
					`${html.gzip.toLocaleString('en-US')} B gzipped; first-load JS ` +
					`${js.gzip.toLocaleString('en-US')} B gzipped (${js.count} files)`
			);
		}
	}

	console.log('');
	for (const budget of results.budgets) {
		const mark = budget.pass === true ? 'pass' : budget.pass === false ? 'FAIL' : 'NOT MEASURED';
		console.log(`${mark.padEnd(12)} ${budget.label} (${budget.limit}): ${budget.figure}`);
	}
	const failures = results.budgets.filter((b) => b.pass !== true).length;
	console.log(
		`\n[bench] ${failures ? `${failures} of ${results.budgets.length} budgets fail` : 'all budgets pass'}; ` +
			`${errors.length} errors. Wrote ${join(outDir, outName).slice(ROOT.length + 1)}.json and .md in ${Math.round(results.durationMs / 1000)} s.`
	);
	return (failures || errors.length) && !args.has('--no-fail') ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error('[bench] failed:', error instanceof Error ? error.message : error);
		process.exit(2);
	}
);
