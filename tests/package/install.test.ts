/**
 * Proof that the package installs and works in designers' own SvelteKit apps:
 * 1. `npm pack` once (which runs `npm run package`, i.e. svelte-package), and publint on it;
 * 2. two throwaway apps in a temporary folder outside the repository (consumerApps.ts), one on
 *    SvelteKit 2 under Node 20 and one on SvelteKit 3 under Node 22, install that tarball at the
 *    same time, then build with adapter-static;
 * 3. each built app is checked: its HTML, CSS and JavaScript, the Node-only entry points run in
 *    plain Node, and in Chromium: one mounted graphic for four steps, each step's still without
 *    JavaScript, and the light tokens for a reader whose system is in dark mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runAsync } from '../../bench/build';
import { loadStory } from '../../src/lib/build/loader';
import type { Entity, Link } from '../../src/lib/model/schema';
import { layoutNetworks } from '../../src/lib/visuals/network/layout';
import { launchChromium } from '../e2e/browser';
import { scrollStepToTrigger } from '../e2e/page';
import { serveStatic, type StaticServer } from '../e2e/staticServer';
import { APPS, writeConsumerApp, type ConsumerApp } from './consumerApps';

const root = process.cwd();
const timings: Record<string, number> = {};
// As a designer runs them: no NODE_ENV (vitest sets it to "test", which makes Vite build
// SvelteKit's development code).
const { NODE_ENV: _, ...designerEnv } = process.env;
const env = { ...designerEnv, npm_config_audit: 'false', npm_config_fund: 'false' };
let temp: string;
let tarball: string;
let packedFiles: string[];
/** Each app's folder, and its install and build under way (started together). */
const apps = new Map<ConsumerApp, { dir: string; ready: Promise<void> }>();

function run(command: string, args: string[], cwd: string): string {
	try {
		return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env });
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string; message: string };
		throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout}\n${e.stderr}`);
	}
}

/** The same, without blocking: the two apps install and build side by side. */
async function runTimed(label: string, command: string, args: string[], cwd: string) {
	const start = performance.now();
	try {
		await runAsync(command, args, cwd, env);
	} finally {
		timings[label] = Math.round(performance.now() - start);
	}
}

const nodeOf = (app: ConsumerApp, dir: string) =>
	isAbsolute(app.node) ? app.node : join(dir, app.node);

async function installAndBuild(app: ConsumerApp, dir: string): Promise<void> {
	writeConsumerApp(dir, app, tarball);
	await runTimed(`${app.name}: npm install`, 'npm', ['install', '--prefer-offline'], dir);
	const vite = join('node_modules', 'vite', 'bin', 'vite.js');
	await runTimed(`${app.name}: vite build`, nodeOf(app, dir), [vite, 'build'], dir);
}

/** All files under `dir`, relative to it. */
function filesIn(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = join(prefix, entry.name);
		return entry.isDirectory() ? filesIn(dir, path) : [path];
	});
}

beforeAll(() => {
	temp = mkdtempSync(join(tmpdir(), 'scrolly-install-'));
	const start = performance.now();
	const packed = run('npm', ['pack', '--json', '--pack-destination', temp], root);
	timings['npm pack (svelte-package)'] = Math.round(performance.now() - start);
	const [info] = JSON.parse(packed.slice(packed.indexOf('['))) as {
		filename: string;
		files: { path: string }[];
	}[];
	tarball = join(temp, info!.filename);
	packedFiles = info!.files.map((f) => f.path);
	APPS.forEach((app, i) => {
		const dir = join(temp, `app-${i + 1}`);
		const ready = installAndBuild(app, dir);
		ready.catch(() => {}); // reported by the app's own tests, not as an unhandled rejection
		apps.set(app, { dir, ready });
	});
});

afterAll(async () => {
	await Promise.allSettled([...apps.values()].map((a) => a.ready));
	console.log('install test timings (ms):', JSON.stringify(timings));
	if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the packed package', () => {
	it('has no problem publint can find', async () => {
		const buffer = readFileSync(tarball);
		const { messages, pkg: linted } = await publint({
			pack: {
				tarball: buffer.buffer.slice(
					buffer.byteOffset,
					buffer.byteOffset + buffer.byteLength
				) as ArrayBuffer
			},
			level: 'suggestion',
			strict: true
		});
		expect(messages.map((m) => formatMessage(m, linted, { color: false }))).toEqual([]);
	});

	it('ships the built library, not its tests or the site', () => {
		expect(packedFiles).toContain('dist/index.js');
		expect(packedFiles).toContain('dist/index.d.ts');
		expect(packedFiles).toContain('dist/scrolly/Scrolly.svelte');
		expect(packedFiles).toContain('dist/ui/theme.css');
		expect(packedFiles).toContain('dist/visuals/properties.css');
		expect(packedFiles).toContain('dist/build/loader.js');
		expect(packedFiles).toContain('CHANGELOG.md');
		expect(
			packedFiles.filter((f) => /\.test\.|\/test\/|dist\/server|^src\/|stories\//.test(f))
		).toEqual([]);
	});
});

describe.each(APPS)('an app on $name that installs the tarball', (app) => {
	let dir: string;
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		({ dir } = apps.get(app)!);
		await apps.get(app)!.ready;
		server = await serveStatic(join(dir, 'build'));
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** Opens a built page, recording the console's warnings and errors. */
	async function open(path: string, options: BrowserContextOptions = {}) {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			...options
		});
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('console', (m) => ['warning', 'error'].includes(m.type()) && problems.push(m.text()));
		page.on('pageerror', (error) => problems.push(error.message));
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		return { page, problems, close: () => context.close() };
	}
	const pinned = (page: Page) => page.waitForSelector('.scrolly[data-layout="sticky"]');

	it('renders the steps, the timeline and the loader data into the built HTML', () => {
		const html = readFileSync(join(dir, 'build/index.html'), 'utf8');
		expect(html).toContain('How the harbour vote was won');
		for (const text of [
			'The pier is proposed.',
			'Six hours of debate follow.',
			'The council votes.'
		])
			expect(html).toContain(text);
		// The timeline visual, with the fixture's events read by the Node-only loader.
		expect(html).toMatch(/<li[^>]*data-event="proposal"/);
		expect(html).toContain('The council votes 7–4');
		// Each step's still waits in <noscript>, for readers without JavaScript; a status badge.
		const stills = html.match(
			/class="scrolly-step-graphic[^"]*">(?:<!--[^>]*-->)*<noscript>[\s\S]*?data-event="proposal"/g
		);
		expect(stills).toHaveLength(3);
		expect(html).toMatch(/class="status-badge[^"]*"[^>]*data-status="documented"/);
	});

	it('ships the components’ styles scoped, and the theme tokens', () => {
		const css = filesIn(join(dir, 'build/_app'))
			.filter((f) => f.endsWith('.css'))
			.map((f) => readFileSync(join(dir, 'build/_app', f), 'utf8'))
			.join('\n');
		expect(css).toMatch(/\.scrolly\.svelte-[a-z0-9]+/);
		expect(css).toMatch(/\.scrolly-step\.svelte-[a-z0-9]+/);
		expect(css).toMatch(/\.timeline\.svelte-[a-z0-9]+/);
		expect(css).toContain('--sc-status-documented');
	});

	it('keeps the loader and its validator out of the browser', () => {
		const js = filesIn(join(dir, 'build/_app'))
			.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(join(dir, 'build/_app', f), 'utf8'))
			.join('\n');
		expect(js).toContain('scrolly-step'); // the engine is there…
		expect(js).not.toContain('is not a known data file'); // …the loader is not,
		expect(js).not.toContain('ZodError'); // nor zod,
		expect(js).not.toContain('LineCounter'); // nor yaml.
	});

	it('runs the Node-only entry points in plain Node: the loader and the network layout', () => {
		const out = run(
			nodeOf(app, dir),
			[
				'--input-type=module',
				'-e',
				"import { loadStory, StoryValidationError } from '@newsroom/scrolly/story/loader';" +
					"import { layoutNetworks } from '@newsroom/scrolly/visuals/network/layout';" +
					"const story = loadStory('stories/harbour-vote');" +
					'console.log(process.version.split(".")[0], story.meta.title, typeof StoryValidationError);' +
					`const plain = ${plainNetwork.toString()};` +
					'const { nodes, links } = plain(story);' +
					'console.log(JSON.stringify(layoutNetworks(nodes, links)));'
			],
			dir
		);
		const [first, layout] = out.trim().split('\n');
		expect(first).toBe(`${app.nodeMajor} How the harbour vote was won function`);
		const { nodes, links } = plainNetwork(loadStory('tests/fixtures/stories/harbour-vote'));
		expect(JSON.parse(layout!)).toEqual(JSON.parse(JSON.stringify(layoutNetworks(nodes, links))));
	});

	it('mounts one instance of its own graphic for four steps, and it follows the steps', async () => {
		const { page, problems, close } = await open('/one-graphic');
		await pinned(page);
		for (const [i, id] of ['north', 'east', 'south', 'west'].entries()) {
			await scrollStepToTrigger(page, id);
			await expect.poll(() => page.getAttribute('.step-bars', 'data-step')).toBe(String(i));
			expect(await page.locator('.layercake-container').count()).toBe(1);
		}
		expect(await page.textContent('.index')).toBe('Step 4');
		// LayerCake warns of a chart drawn at zero size 200 ms later: none was.
		await page.waitForTimeout(400);
		expect(problems).toEqual([]);
		await close();
	});

	it('shows each step with its still, rendered on the server, without JavaScript', async () => {
		const { page, close } = await open('/one-graphic', {
			javaScriptEnabled: false,
			viewport: { width: 375, height: 812 }
		});
		expect(await page.isVisible('.scrolly-graphic')).toBe(false);
		const stills = await page.$$eval('.scrolly-step-graphic', (els) =>
			els.map((el) => ({
				height: el.getBoundingClientRect().height > 150,
				step: el.querySelector('.step-bars')?.getAttribute('data-step'),
				barWidth: Math.round(el.querySelector('.bar.active')?.getBoundingClientRect().width ?? 0)
			}))
		);
		expect(stills.map(({ height, step }) => ({ height, step }))).toEqual(
			['0', '1', '2', '3'].map((step) => ({ height: true, step }))
		);
		for (const { barWidth } of stills) expect(barWidth).toBeGreaterThan(50);
		await close();
	});

	it('keeps the light tokens for a reader in dark mode, unless a box asks for dark', async () => {
		const { page, close } = await open('/one-graphic', { colorScheme: 'dark' });
		await pinned(page);
		const look = () =>
			page.evaluate(() => {
				// --sc-bg as the colour it gives inside the element (minifiers respell #ffffff).
				const token = (selector: string) => {
					const probe = document.querySelector(selector)!.appendChild(document.createElement('i'));
					probe.style.color = 'var(--sc-bg)';
					const colour = getComputedStyle(probe).color;
					probe.remove();
					return colour;
				};
				const step = getComputedStyle(document.querySelector('.scrolly-step-body')!);
				return {
					page: token('html'),
					scheme: getComputedStyle(document.documentElement).colorScheme,
					step: [step.backgroundColor, step.color],
					asksDark: token('.asks-dark'),
					asksAuto: token('.asks-auto')
				};
			});
		const [white, dark] = ['rgb(255, 255, 255)', 'rgb(20, 20, 20)'];
		const light = { page: white, scheme: 'normal', step: [white, 'rgb(27, 27, 27)'] };
		expect(await look()).toEqual({ ...light, asksDark: dark, asksAuto: dark });
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await look()).toEqual({ ...light, asksDark: dark, asksAuto: white });
		await close();
	});

	it('draws the timeline, transcript and network from plain arrays', async () => {
		const { page, problems, close } = await open('/plain-visuals');
		const seen = await page.evaluate(() => {
			const text = (selector: string) =>
				[...document.querySelectorAll(selector)].map((el) => el.textContent!.trim());
			const visible = (el: Element | null) =>
				!!el && getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0;
			const firm = document.querySelector('[data-node="firm"] .nw-mark');
			return {
				events: text('.timeline-box li[data-event] time').map((t) => t.slice(-4)),
				years: text('.timeline-box .tl-year'),
				speaker: visible(document.querySelector('.transcript-box [data-line="ask"]'))
					? document.querySelector('.transcript-box')!.textContent!.includes('Cal Reyes')
					: false,
				label: text('.network-box [data-link-label="contract"]'),
				labelShown: visible(document.querySelector('.network-box [data-link-label="contract"]')),
				firm: firm ? getComputedStyle(firm).backgroundColor : '',
				key: text('.network-box [data-legend-entry]').join(' | ')
			};
		});
		// Each event's date carries its year, since the events run over three years.
		expect(seen.events).toEqual(['2019', '2020', '2021']);
		expect(seen.years.length).toBeGreaterThan(0);
		expect(seen.speaker).toBe(true);
		expect(seen.label).toEqual(['signed the contract']);
		expect(seen.labelShown).toBe(true);
		expect(seen.firm).toBe('rgb(138, 90, 0)');
		expect(seen.key).toContain('Harbour board');
		expect(problems).toEqual([]);
		await close();
	});
});

/** A story's network as the plain arrays the layout takes (the same code runs in the app). */
function plainNetwork(story: { entities: Entity[]; links: Link[] }) {
	return {
		nodes: story.entities.map((e) => ({ id: e.id, label: e.short ?? e.name, group: e.group })),
		links: story.links.map((l) => ({ id: l.id, source: l.from, target: l.to, label: l.type }))
	};
}
