/**
 * Screenshots every step of a built story at several widths, once each step's transitions have
 * ended, for people to look at: `<out>/<step-id>-<width>.png` (plus `top-<width>.png`).
 *
 *   npm run build && npx tsx scripts/screenshot-steps.ts [/american-plan/] [--widths 375,768,1440]
 *     [--out shots/steps] [--dark] [--no-js] [--only dp-]
 *
 * A width may carry its height, for short phones: `--widths 360x640,375x667` (files are then
 * `<step-id>-360x640.png`). Without one, phones are 812 px tall and wider screens 900 px.
 *
 * With `--no-js` the page is stacked: it takes one full-page picture per width instead.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		widths: { type: 'string', default: '375,768,1440' },
		out: { type: 'string', default: 'shots/steps' },
		dark: { type: 'boolean', default: false },
		'no-js': { type: 'boolean', default: false },
		only: { type: 'string', default: '' }
	}
});

const path = positionals[0] ?? '/american-plan/';
mkdirSync(values.out, { recursive: true });
const server = await serveStatic('build');
const browser = await launchChromium();
const suffix = (values.dark ? '-dark' : '') + (values['no-js'] ? '-nojs' : '');
try {
	for (const size of values.widths.split(',')) {
		const [width, tall] = size.split('x').map(Number) as [number, number | undefined];
		if (!(width > 0) || (tall !== undefined && !(tall > 0)))
			throw new Error(`--widths: "${size}" is not a width or WIDTHxHEIGHT (e.g. 375x667)`);
		const height = tall ?? (width < 600 ? 812 : 900);
		const label = tall ? `${width}x${tall}` : String(width);
		const context = await browser.newContext({
			viewport: { width, height },
			colorScheme: values.dark ? 'dark' : 'light',
			reducedMotion: 'reduce',
			javaScriptEnabled: !values['no-js']
		});
		const page = await context.newPage();
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		if (values['no-js']) {
			await page.screenshot({
				path: join(values.out, `page-${label}${suffix}.png`),
				fullPage: true
			});
			await context.close();
			continue;
		}
		await page.screenshot({ path: join(values.out, `top-${label}${suffix}.png`) });
		const ids = await page.$$eval('.scrolly-step[id]', (els) => els.map((el) => el.id));
		for (const id of ids.filter((id) => id.startsWith(values.only))) {
			// Where a reader reads the step once it is active: on a phone, its box just below the
			// pinned graphic; beside the graphic, its top just past the trigger line. Twice, since
			// the first scroll can pin the graphic and move the page under it.
			for (let i = 0; i < 2; i++)
				await page.evaluate((id) => {
					const step = document.getElementById(id)!;
					const body = step.querySelector('.scrolly-step-body') ?? step;
					const graphic = step.closest('.scrolly')?.querySelector('.scrolly-graphic');
					const box = graphic?.getBoundingClientRect();
					const above = box && box.width > innerWidth * 0.8 && box.height < innerHeight * 0.8;
					const target = above ? box.height + 12 : innerHeight * 0.5;
					window.scrollBy(0, body.getBoundingClientRect().top - target);
				}, id);
			await page.waitForTimeout(700);
			await page.screenshot({ path: join(values.out, `${id}-${label}${suffix}.png`) });
		}
		console.log(`${label}: ${ids.length} steps`);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
