/**
 * Computes the `size-adjust` of the fallback faces in src/fonts.css, for the sans (Inter) and
 * the serif (Source Serif 4, normal and italic).
 *
 *   npx tsx scripts/fallback-metrics.ts   (after npm run build:test)
 *
 * The graphics place their labels at build time with the web fonts' widths. A reader whose copy
 * of a web font arrives too late for `font-display: optional` reads them in a local font
 * instead, and a wider one (DejaVu Sans, Arial) made labels collide. This measures every label
 * the graphics draw in each web font, and the headings and text of the single-visual embeds in
 * the serif, in the web font and in each fallback at the same weight and style, and prints the
 * largest scale at which no label is wider in the fallback. Labels under three characters (step
 * numbers in their circles) are centred in room to spare and left out.
 */
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/staticServer';

/** Each web face, the fallbacks fonts.css sizes to it, and where its text is measured. */
const FAMILIES = [
	{
		web: 'Inter Variable',
		fallbacks: ['Liberation Sans', 'DejaVu Sans'],
		pages: ['/american-plan/', '/harbour-vote/'],
		selector: '[data-network] *, .draft-path *'
	},
	{
		web: 'Source Serif 4 Variable',
		fallbacks: ['Liberation Serif', 'DejaVu Serif'],
		pages: ['/american-plan/', '/embed/american-plan/draft-path/'],
		selector:
			'.draft-path *, .visual-embed h1, .visual-embed .title, article h1, article h2, article p'
	}
];

/** Runs in the page: for each fallback, weight class and style, the web font's width over the
 * fallback's; and the web font's ascent and descent. */
const MEASURE = `({ web, labels, fallbacks }) => {
	const ctx = document.createElement('canvas').getContext('2d');
	function width(text, weight, style, family) {
		ctx.font = style + ' ' + weight + ' 100px "' + family + '"';
		return ctx.measureText(text).width;
	}
	const out = {};
	// A font this machine does not have falls back to the generic family after it: measured
	// with two different ones after it, it differs. Such a font is left out.
	const installed = (family) =>
		['monospace', 'serif'].map((generic) => {
			ctx.font = '100px "' + family + '", ' + generic;
			return ctx.measureText('Hamburgefonstiv 0123').width;
		}).reduce((a, b) => a === b);
	for (const fallback of fallbacks.filter(installed))
		for (const style of ['normal', 'italic'])
			for (const bold of [false, true]) {
				const mine = labels.filter(
					(l) => (Number(l.weight) >= 600) === bold && l.style === style && l.text.length >= 3
				);
				if (!mine.length) continue;
				const ratios = mine.map((l) => ({
					text: l.text,
					r: width(l.text, l.weight, style, web) / width(l.text, l.weight, style, fallback)
				}));
				const worst = ratios.reduce((a, b) => (b.r < a.r ? b : a));
				out[fallback + ' ' + style + (bold ? ' bold' : ' regular')] = {
					min: worst.r,
					mean: ratios.reduce((s, r) => s + r.r, 0) / ratios.length,
					worst: worst.text
				};
			}
	ctx.font = '400 100px "' + web + '"';
	const m = ctx.measureText('Hg');
	out.web = { ascent: m.fontBoundingBoxAscent / 100, descent: m.fontBoundingBoxDescent / 100 };
	return out;
}`;

const server = await serveStatic('build');
const browser = await launchChromium();
try {
	const page = await browser.newPage();
	for (const family of FAMILIES) {
		const labels = new Map<string, { text: string; weight: string; style: string }>();
		for (const path of family.pages) {
			await page.goto(server.url + path, { waitUntil: 'networkidle' });
			await page.evaluate(() => document.fonts.ready);
			const found = await page.$$eval(family.selector, (els) =>
				els
					.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
					.map((el) => ({
						text: el.textContent!.trim(),
						weight: getComputedStyle(el).fontWeight,
						style: getComputedStyle(el).fontStyle,
						family: getComputedStyle(el).fontFamily
					}))
			);
			for (const l of found.filter((l) => l.family.includes(family.web)))
				labels.set(`${l.weight}|${l.style}|${l.text}`, l);
		}
		console.log(`${family.web}: ${labels.size} labels`);
		// A string, not a function: tsx's transform would add helpers the page does not have.
		const result = (await page.evaluate(
			`(${MEASURE})(${JSON.stringify({ web: family.web, labels: [...labels.values()], fallbacks: family.fallbacks })})`
		)) as Record<string, { min: number; mean: number; worst: string }> & {
			web: { ascent: number; descent: number };
		};
		const { web, ...faces } = result;
		const percent = (x: number) => `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;
		for (const [face, r] of Object.entries(faces)) {
			// The overrides scale with size-adjust; dividing by it keeps the web font's line box.
			const adjust = Math.floor(r.min * 1000) / 1000;
			console.log(
				`  ${face}: size-adjust: ${percent(adjust)}; ascent-override: ${percent(web.ascent / adjust)}; ` +
					`descent-override: ${percent(web.descent / adjust)}; line-gap-override: 0%; ` +
					`(mean ratio ${r.mean.toFixed(3)}, worst "${r.worst}")`
			);
		}
	}
} finally {
	await browser.close();
	await server.close();
}
