/**
 * Renders a story's share card to PNG at build time: satori lays the card out as SVG with real
 * font metrics (so the headline wraps as it will look), resvg rasterises it. Both run only while
 * the site is prerendered; none of this reaches the reader's browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { Story } from '$lib/model/schema';
import { SHARE_HEIGHT, SHARE_WIDTH, shareCard } from './shareCard.server';

const require = createRequire(import.meta.url);

/** The page's typefaces, as static WOFF files (satori reads WOFF, not WOFF2). */
const FONT_FILES: { name: string; weight: Font['weight']; file: string }[] = [
	{
		name: 'Source Serif 4',
		weight: 700,
		file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'
	},
	{
		name: 'Source Serif 4',
		weight: 700,
		file: '@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff'
	},
	{ name: 'Inter', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
	{ name: 'Inter', weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff' },
	{ name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-700-normal.woff' },
	{ name: 'Inter', weight: 700, file: '@fontsource/inter/files/inter-latin-ext-700-normal.woff' },
	// Cyrillic, for the cards of editions in Ukrainian, under names of their own: satori falls
	// back from one family to the next of a list (shareCard.ts), not between files of one name.
	{
		name: 'Source Serif 4 Cyrillic',
		weight: 700,
		file: '@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-normal.woff'
	},
	{
		name: 'Inter Cyrillic',
		weight: 400,
		file: '@fontsource/inter/files/inter-cyrillic-400-normal.woff'
	},
	{
		name: 'Inter Cyrillic',
		weight: 600,
		file: '@fontsource/inter/files/inter-cyrillic-600-normal.woff'
	},
	{
		name: 'Inter Cyrillic',
		weight: 700,
		file: '@fontsource/inter/files/inter-cyrillic-700-normal.woff'
	}
];

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
	fonts ??= FONT_FILES.map(({ name, weight, file }) => ({
		name,
		weight,
		style: 'normal',
		data: readFileSync(require.resolve(file))
	}));
	return fonts;
}

/** The share card of a story as SVG text. */
export async function shareImageSvg(story: Story, siteName: string): Promise<string> {
	// satori takes React-shaped elements; ours are plain objects of the same shape.
	const card = shareCard(story, siteName) as unknown as Parameters<typeof satori>[0];
	return satori(card, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loadFonts() });
}

/** The share card of a story as a 1200×630 PNG. */
export async function shareImagePng(story: Story, siteName: string): Promise<Uint8Array> {
	const svg = await shareImageSvg(story, siteName);
	const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
		.render()
		.asPng();
	return new Uint8Array(png);
}
