/**
 * Computes the `size-adjust` of the sans fallback faces in src/fonts.css.
 *
 *   npx tsx scripts/fallback-metrics.ts   (after npm run build:test)
 *
 * The graphics place their labels at build time with Inter's widths. A reader whose copy of Inter
 * arrives too late for `font-display: optional` reads them in a local font instead, and a wider
 * one (DejaVu Sans, Arial) made labels collide. This measures every label the graphics draw, in
 * Inter and in each fallback at the same weight, and prints the largest scale at which no label
 * is wider in the fallback than in Inter. Labels under three characters (step numbers in their
 * circles) are centred in room to spare and left out.
 */
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';

const FALLBACKS = ['Liberation Sans', 'DejaVu Sans'];
const PAGES = ['/american-plan/', '/harbour-vote/'];

/** Runs in the page: for each fallback and weight class, Inter's width over the fallback's. */
const MEASURE = `({ labels, fallbacks }) => {
	const ctx = document.createElement('canvas').getContext('2d');
	function width(text, weight, family) {
		ctx.font = weight + ' 100px "' + family + '"';
		return ctx.measureText(text).width;
	}
	const out = {};
	for (const fallback of fallbacks) {
		for (const bold of [false, true]) {
			const mine = labels.filter((l) => (Number(l.weight) >= 600) === bold && l.text.length >= 3);
			if (!mine.length) continue;
			const ratios = mine.map((l) => ({
				text: l.text,
				r: width(l.text, l.weight, 'Inter Variable') / width(l.text, l.weight, fallback)
			}));
			const worst = ratios.reduce((a, b) => (b.r < a.r ? b : a));
			out[fallback + (bold ? ' bold' : ' regular')] = {
				min: worst.r,
				mean: ratios.reduce((s, r) => s + r.r, 0) / ratios.length,
				worst: worst.text
			};
		}
	}
	ctx.font = '400 100px "Inter Variable"';
	const m = ctx.measureText('Hg');
	out.inter = { ascent: m.fontBoundingBoxAscent / 100, descent: m.fontBoundingBoxDescent / 100 };
	return out;
}`;

const server = await serveStatic('build');
const browser = await launchChromium();
try {
	const page = await browser.newPage();
	const labels = new Map<string, { text: string; weight: string }>();
	for (const path of PAGES) {
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		const found = await page.$$eval('[data-network] *, .draft-path *', (els) =>
			els
				.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
				.map((el) => ({
					text: el.textContent!.trim(),
					weight: getComputedStyle(el).fontWeight,
					family: getComputedStyle(el).fontFamily
				}))
				.filter((l) => l.family.includes('Inter'))
		);
		for (const l of found) labels.set(`${l.weight}|${l.text}`, l);
	}
	const weights = [...new Set([...labels.values()].map((l) => l.weight))].sort();
	console.log(`${labels.size} labels, weights ${weights.join(', ')}`);
	// A string, not a function: tsx's transform would add helpers the page does not have.
	const result = (await page.evaluate(
		`(${MEASURE})(${JSON.stringify({
			labels: [...labels.values()],
			fallbacks: FALLBACKS
		})})`
	)) as Record<string, { min: number; mean: number; worst: string }> & {
		inter: { ascent: number; descent: number };
	};
	const { inter, ...faces } = result;
	const percent = (x: number) => `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;
	for (const [face, r] of Object.entries(faces)) {
		// The overrides scale with size-adjust; dividing by it keeps Inter's line box.
		const adjust = Math.floor(r.min * 1000) / 1000;
		console.log(
			`${face}: size-adjust: ${percent(adjust)}; ascent-override: ${percent(inter.ascent / adjust)}; ` +
				`descent-override: ${percent(inter.descent / adjust)}; line-gap-override: 0%; ` +
				`(mean ratio ${r.mean.toFixed(3)}, worst "${r.worst}")`
		);
	}
} finally {
	await browser.close();
	await server.close();
}
