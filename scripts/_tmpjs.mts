import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../tests/e2e/staticServer.ts';
const server = await serveStatic('build');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const path of process.argv.slice(2)) {
	const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
	const urls: string[] = [];
	page.on('request', (r) => { if (r.resourceType() === 'script') urls.push(new URL(r.url()).pathname); });
	await page.goto(server.url + path, { waitUntil: 'networkidle' });
	let tot = 0;
	const rows = urls.map((u) => { const b = readFileSync('build' + u); const g = gzipSync(b, { level: 9 }).length; tot += g; return [g, b.length, u] as const; });
	rows.sort((a, b) => b[0] - a[0]);
	for (const r of rows) console.log(r.join('\t'));
	console.log('total', tot, path);
	await page.close();
}
await browser.close(); await server.close();
