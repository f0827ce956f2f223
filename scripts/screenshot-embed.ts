/**
 * Screenshots of a publisher's article page (tests/fixtures/hosts/article.html, on one origin)
 * with a story embedded from another origin, scrolled to a step, at phone and desktop sizes.
 *
 *   npx tsx scripts/screenshot-embed.ts [--story american-plan] [--step c1-land | --top 300]
 *                                       [--out shots] [--path embed/american-plan/network/] [--dark]
 *
 * Serves ./build (build it first) and the host pages; writes <out>/embed-<story>-<step>-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/browser';
import { serveEmbedOrigin, serveHostOrigin } from '../tests/e2e/embedServers';

const { values } = parseArgs({
	options: {
		story: { type: 'string', default: 'american-plan' },
		step: { type: 'string' },
		/** Instead of a step: where the top of the embed sits, in px from the top of the viewport. */
		top: { type: 'string' },
		path: { type: 'string' },
		out: { type: 'string', default: 'shots' },
		dark: { type: 'boolean', default: false },
		sizes: { type: 'string', default: '375x812,1440x900' }
	}
});

const path = values.path ?? `embed/${values.story}/`;
mkdirSync(values.out, { recursive: true });
const embed = await serveEmbedOrigin();
const host = await serveHostOrigin(embed.url);
const browser = await launchChromium();
try {
	for (const size of values.sizes.split(',')) {
		const [width, height] = size.split('x').map(Number) as [number, number];
		const context = await browser.newContext({
			viewport: { width, height },
			deviceScaleFactor: 1,
			colorScheme: values.dark ? 'dark' : 'light'
		});
		const page = await context.newPage();
		page.on('console', (msg) => console.log(`[${width}] console.${msg.type()}: ${msg.text()}`));
		await page.goto(`${host.url}/article.html?path=${encodeURIComponent(path)}`, {
			waitUntil: 'networkidle'
		});
		const frame = page.frames().find((f) => f.url().startsWith(embed.url))!;
		await frame.waitForFunction(() => document.documentElement.dataset.embedScroll === 'host');
		await page.waitForTimeout(300);
		if (values.step) {
			// Where the step sits in the iframe's document, then the host scroll that puts it just
			// above the trigger line of the pinned iframe.
			const stepTop = await frame.evaluate((id) => {
				const el = document.getElementById(id);
				if (!el) throw new Error(`No step #${id}`);
				return el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 40;
			}, values.step);
			await page.evaluate((y) => {
				const iframe = document.querySelector('iframe[data-scrolly]') as HTMLIFrameElement;
				const wrap = iframe.parentElement!;
				const offset = parseFloat(getComputedStyle(iframe).top) || 0;
				window.scrollTo(0, wrap.getBoundingClientRect().top + scrollY - offset + y);
			}, stepTop);
		}
		if (values.top !== undefined) {
			await page.evaluate((top) => {
				const wrap = document.querySelector('iframe[data-scrolly]')!.parentElement!;
				window.scrollTo(0, wrap.getBoundingClientRect().top + scrollY - top);
			}, Number(values.top));
		}
		await page.waitForTimeout(800);
		const where = values.step ?? (values.top !== undefined ? `at-${values.top}` : 'top');
		const name = `embed-${values.story}-${where}-${width}${values.dark ? '-dark' : ''}.png`;
		const file = join(values.out, name);
		await page.screenshot({ path: file });
		console.log(file);
		await context.close();
	}
} finally {
	await browser.close();
	await embed.close();
	await host.close();
}
