/**
 * Runs Lighthouse (the pinned CLI, in its own process) against the local static server with
 * Debian's Chromium, and keeps the figures the budgets need. It also checks that nothing left
 * this machine during the run: the Lighthouse process is watched by netGuard.mjs, and
 * Chromium writes a NetLog of every request it made, page or background.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeNetLog, type NetLogSummary } from './netLog';
import { round } from './stats';

const require = createRequire(import.meta.url);
const NET_GUARD = fileURLToPath(new URL('./netGuard.mjs', import.meta.url));

/** The flags the project uses for Debian's Chromium. */
export const CHROME_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	// Lighthouse opens the page from about:blank. Chromium treats that as a navigation within
	// one site and holds the new page's frames back ("paint holding", which keeps the previous
	// page on screen meanwhile). Headless, with nothing to show, the first frame of the story
	// was then presented 1 to 2 s after it was painted, with the page idle in between (seen in
	// the traces), and Lighthouse counted that wait as the page's. A reader who arrives from
	// another site gets no paint holding. Measured on the story, mobile: observed first paint
	// 2.2 s with it, 0.3 to 0.6 s without; Speed Index 4.1 s and 1.6 to 2.0 s.
	'--disable-features=PaintHolding'
];

/**
 * With the flags above alone, Chromium 156's background services still start requests at
 * launch (update.googleapis.com, clients2.google.com, accounts.google.com…) and send DNS
 * queries for them. This rule answers every name but the test server's locally with "not
 * found", so nothing leaves the machine whatever network it is on. The NetLog check below
 * shows the attempts and proves none got an answer.
 */
export const NO_NETWORK_FLAG = '--host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseResult {
	preset: Preset;
	url: string;
	/** Category scores, 0–100. */
	scores: { performance?: number; accessibility?: number; bestPractices?: number; seo?: number };
	lcpMs?: number;
	cls?: number;
	tbtMs?: number;
	fcpMs?: number;
	speedIndexMs?: number;
	/** Audits that lost points in accessibility, best practices and SEO. */
	failedAudits: { category: string; id: string; title: string }[];
	/** Lighthouse's own CPU benchmark of this machine (higher is faster; ~1000+ is a fast desktop). */
	benchmarkIndex?: number;
	warnings: string[];
	/** What left, or tried to leave, this machine during the run. */
	network: {
		/** Connections Lighthouse's own Node process opened to other hosts (should be none). */
		lighthouseProcess: string[];
		/** Requests of the page under test to other hosts (should be none). */
		page: string[];
		/** Chromium's own traffic, page and background services, from its NetLog. */
		chromium?: NetLogSummary;
		/** True when nothing was fetched from beyond this machine and no DNS query was sent. */
		nothingDownloaded: boolean;
	};
	durationMs: number;
	/** Where the full Lighthouse report was written. */
	report: string;
}

export async function runLighthouse(options: {
	url: string;
	preset: Preset;
	outDir: string;
	name: string;
	chromePath: string;
	timeoutMs?: number;
}): Promise<LighthouseResult> {
	await mkdir(options.outDir, { recursive: true });
	const base = join(options.outDir, `${options.name}-${options.preset}`);
	const report = `${base}.report.json`;
	const netLog = `${base}.netlog.json`;
	const guardLog = `${base}.node-connections.log`;
	await Promise.all([report, netLog, guardLog].map((file) => rm(file, { force: true })));

	const cli = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
	const args = [
		'--import',
		NET_GUARD,
		cli,
		options.url,
		'--output=json',
		`--output-path=${report}`,
		'--quiet',
		'--only-categories=performance,accessibility,best-practices,seo',
		`--chrome-flags=${[...CHROME_FLAGS, NO_NETWORK_FLAG, `--log-net-log=${netLog}`].join(' ')}`,
		...(options.preset === 'desktop' ? ['--preset=desktop'] : [])
	];
	const started = performance.now();
	await new Promise<void>((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			env: { ...process.env, CHROME_PATH: options.chromePath, BENCH_NET_LOG: guardLog, CI: '1' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (code === 0) resolve();
			else
				reject(
					new Error(
						`Lighthouse (${options.preset}) failed (${signal ?? `exit ${code}`}):\n${output.slice(-3000)}`
					)
				);
		});
	});
	const durationMs = Math.round(performance.now() - started);

	const lhr = JSON.parse(readFileSync(report, 'utf8'));
	const score = (id: string) => {
		const value = lhr.categories?.[id]?.score;
		return typeof value === 'number' ? Math.round(value * 100) : undefined;
	};
	const numeric = (id: string) => lhr.audits?.[id]?.numericValue as number | undefined;
	const failedAudits: LighthouseResult['failedAudits'] = [];
	for (const category of ['accessibility', 'best-practices', 'seo']) {
		for (const ref of lhr.categories?.[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) {
				failedAudits.push({ category, id: ref.id, title: audit.title });
			}
		}
	}
	const lighthouseProcess = existsSync(guardLog)
		? readFileSync(guardLog, 'utf8')
				.split('\n')
				.filter(Boolean)
				.map((line) => {
					const { host, port } = JSON.parse(line) as { host: string; port: number };
					return `${host}:${port}`;
				})
		: [];
	const origin = new URL(options.url).origin;
	const page = ((lhr.audits?.['network-requests']?.details?.items ?? []) as { url: string }[])
		.map((item) => item.url)
		.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
	const chromium = existsSync(netLog) ? summarizeNetLog(readFileSync(netLog, 'utf8')) : undefined;
	const nothingDownloaded =
		!lighthouseProcess.length &&
		!page.length &&
		!!chromium &&
		!chromium.answeredHosts.length &&
		chromium.dnsQueries === 0;
	return {
		preset: options.preset,
		url: options.url,
		scores: {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo')
		},
		lcpMs: round(numeric('largest-contentful-paint'), 0),
		cls: round(numeric('cumulative-layout-shift'), 4),
		tbtMs: round(numeric('total-blocking-time'), 0),
		fcpMs: round(numeric('first-contentful-paint'), 0),
		speedIndexMs: round(numeric('speed-index'), 0),
		failedAudits,
		benchmarkIndex: round(lhr.environment?.benchmarkIndex, 0),
		warnings: lhr.runWarnings ?? [],
		network: { lighthouseProcess, page, chromium, nothingDownloaded },
		durationMs,
		report
	};
}
