import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';
const server = await serveStatic('build');
const browser = await launchChromium();
for (let run = 0; run < 2; run++) {
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
const page = await context.newPage();
const t0 = Date.now();
let n = 0; let last = 0; const late: string[] = [];
const inflight = new Map<string, number>();
page.on('request', (r) => { n++; last = Date.now() - t0; inflight.set(r.url(), last); if (last > 8000) late.push(last + ' ' + r.url().replace(server.url, '')); });
page.on('requestfinished', (r) => inflight.delete(r.url()));
page.on('requestfailed', (r) => { inflight.delete(r.url()); console.log('FAILED', r.url().replace(server.url, ''), r.failure()?.errorText); });
const done = page.goto(server.url + '/american-plan/embed/', { waitUntil: 'networkidle', timeout: 40000 }).then(() => 'idle at ' + (Date.now() - t0)).catch((e) => 'timeout');
console.log(await done, 'requests', n, 'last at', last, late.slice(0, 10), 'inflight', [...inflight.entries()].slice(0, 5));
await context.close();
}
await browser.close(); await server.close();
