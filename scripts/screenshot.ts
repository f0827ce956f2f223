/**
 * Takes screenshots of a built page at phone and desktop sizes, for people to look at.
 *
 *   npx tsx scripts/screenshot.ts /american-plan/ [--scroll 0.3] [--out shots] [--hash step-id]
 *
 * Serves ./build on a local port; writes <out>/<name>-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		scroll: { type: 'string', default: '0' },
		out: { type: 'string', default: 'shots' },
		hash: { type: 'string' },
		full: { type: 'boolean', default: false },
		dark: { type: 'boolean', default: false },
		js: { type: 'boolean', default: true },
		sizes: { type: 'string', default: '375x812,1440x900' }
	}
});

const path = positionals[0] ?? '/';
mkdirSync(values.out, { recursive: true });
const server = await serveStatic('build');
const browser = await launchChromium();
try {
	for (const size of values.sizes.split(',')) {
		const [width, height] = size.split('x').map(Number) as [number, number];
		const context = await browser.newContext({
			viewport: { width, height },
			deviceScaleFactor: 1,
			colorScheme: values.dark ? 'dark' : 'light',
			javaScriptEnabled: values.js
		});
		const page = await context.newPage();
		page.on('console', (msg) => console.log(`[${width}] console.${msg.type()}: ${msg.text()}`));
		await page.goto(server.url + path + (values.hash ? `#${values.hash}` : ''), {
			waitUntil: 'networkidle'
		});
		const fraction = Number(values.scroll);
		if (fraction > 0) {
			await page.evaluate(
				(f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f),
				fraction
			);
			await page.waitForTimeout(600);
		}
		const name =
			(path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'index') +
			(values.hash ? `-${values.hash}` : '') +
			(fraction ? `-${fraction}` : '');
		const file = join(
			values.out,
			`${name}-${width}${values.dark ? '-dark' : ''}${values.js ? '' : '-nojs'}.png`
		);
		await page.screenshot({ path: file, fullPage: values.full });
		console.log(file);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
