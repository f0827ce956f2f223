import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { declaredWeight, instanceWeights, mainScript, pageText, subsetFonts } from './fonts.js';
import { formatUnicodeRange, parseUnicodeRange } from './unicodeRange.js';

let dir: string;
const ASSETS = '_app/immutable/assets';
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const FONTS = 'node_modules/@fontsource-variable/inter/files';
const LATIN = 'U+0000-00FF,U+2000-206F';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491';

const face = (file: string, range: string, style = 'normal') =>
	`@font-face{font-family:Inter Variable;font-style:${style};font-display:optional;` +
	`font-weight:100 900;src:url(./${file})format("woff2-variations");unicode-range:${range}}`;
const page = (lang: string, body: string) =>
	`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
	`<link href="../${ASSETS}/site.css" rel="stylesheet"></head><body>${body}</body></html>`;
/** The web font faces a page declares (its local stand-ins apart). */
const declared = (html: string) =>
	[...html.matchAll(/@font-face\{([^}]*url[^}]*)\}/g)].map((m) => ({
		file: /url\((?:\.\.\/)+_app\/immutable\/assets\/([^)]+)\)/.exec(m[1]!)?.[1],
		style: /font-style:(\w+)/.exec(m[1]!)?.[1],
		range: /unicode-range:([^;}]+)/.exec(m[1]!)?.[1]
	}));
const preloads = (html: string) =>
	[...html.matchAll(/<link rel="preload" href="(?:\.\.\/)+_app\/immutable\/assets\/([^"]+)" as="font"/g)].map(
		(m) => m[1]
	);
const size = (file: string) => statSync(join(dir, ASSETS, file)).size;

/** A site of three pages whose stylesheet declares three Inter faces (and `extraCss`). */
function setUp(extraCss = '') {
	dir = mkdtempSync(join(tmpdir(), 'fonts-'));
	mkdirSync(join(dir, ASSETS), { recursive: true });
	copyFileSync(`${FONTS}/inter-latin-wght-normal.woff2`, join(dir, ASSETS, 'inter-latin.Aa1Bb2Cc.woff2'));
	copyFileSync(`${FONTS}/inter-cyrillic-wght-normal.woff2`, join(dir, ASSETS, 'inter-cyr.Dd3Ee4Ff.woff2'));
	copyFileSync(`${FONTS}/inter-latin-wght-italic.woff2`, join(dir, ASSETS, 'inter-it.Gg5Hh6Ii.woff2'));
	write(
		`${ASSETS}/site.css`,
		face('inter-latin.Aa1Bb2Cc.woff2', LATIN) +
			face('inter-cyr.Dd3Ee4Ff.woff2', CYRILLIC) +
			face('inter-it.Gg5Hh6Ii.woff2', LATIN, 'italic') +
			"@font-face{font-family:Inter Fallback;src:local('Arial')}" +
			'.n{font-variant-numeric:tabular-nums}' +
			extraCss
	);
	write('en/index.html', page('en', '<h1>Hello, world</h1><p>Plan B</p>'));
	write('uk/index.html', page('uk', '<h1>Привіт, світе</h1><p>2025</p>'));
	write('uk/notes/index.html', page('uk', '<p>Ґанок</p><img alt="Є" src="x.png">'));
}
beforeEach(() => setUp());
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('subsetFonts', () => {
	it('cuts each face to the characters of each locale, declared and preloaded by each page', async () => {
		const { pages, files, preloaded } = await subsetFonts(dir);
		expect(pages).toBe(3);
		const en = read('en/index.html');
		const uk = read('uk/index.html');
		// English: the Latin faces only, each with exactly the characters used.
		expect(declared(en).map((f) => [f.style, f.range])).toEqual([
			['normal', 'U+20,U+2C,U+42,U+48,U+50,U+61,U+64-65,U+6C,U+6E-6F,U+72,U+77'],
			['italic', 'U+20,U+2C,U+42,U+48,U+50,U+61,U+64-65,U+6C,U+6E-6F,U+72,U+77']
		]);
		// Ukrainian: Cyrillic for the words (each letter with its capital), a Latin face with only
		// what the locale's pages use.
		expect(declared(uk).map((f) => [f.style, f.range])).toEqual([
			['normal', 'U+20,U+2C,U+30,U+32,U+35'],
			[
				'normal',
				'U+404,U+406,U+410,U+412,U+415,U+418,U+41A,U+41D-422,U+430,U+432,U+435,U+438,U+43A,U+43D-43E,U+440-442,U+456,U+490'
			],
			['italic', 'U+20,U+2C,U+30,U+32,U+35']
		]);
		// Upright faces the page's own text uses are preloaded; italics are not.
		const [enLatin] = declared(en).map((f) => f.file!);
		const [ukLatin, ukCyrillic] = declared(uk).map((f) => f.file!);
		expect(preloads(en)).toEqual([enLatin]);
		expect(preloads(uk)).toEqual([ukLatin, ukCyrillic]);
		// A page of the same locale shares the files, and preloads only what its text uses.
		expect(declared(read('uk/notes/index.html')).map((f) => f.file)).toEqual(
			declared(uk).map((f) => f.file)
		);
		expect(preloads(read('uk/notes/index.html'))).toEqual([ukCyrillic]);
		expect(preloaded.get('en/index.html')).toBe(size(enLatin!));
		expect(preloaded.get(join('uk', 'index.html'))).toBe(size(ukLatin!) + size(ukCyrillic!));
		expect(files).toBe(5);
		// Cut down: a few glyphs weigh a fraction of the range's file.
		expect(size(ukLatin!)).toBeLessThan(size('inter-latin.Aa1Bb2Cc.woff2') / 3);
		expect(size(enLatin!)).toBeLessThan(size('inter-latin.Aa1Bb2Cc.woff2') / 2);
		// The stylesheet no longer declares the faces: the page does, its local stand-ins too, so
		// that the first paint (before the stylesheet arrives) already draws with them.
		const css = read(`${ASSETS}/site.css`);
		expect(css).not.toContain('woff2');
		expect(css).not.toContain('Inter Fallback');
		for (const html of [en, uk])
			expect(html).toContain("@font-face{font-family:Inter Fallback;src:local('Arial')}");
		expect(readdirSync(join(dir, ASSETS)).filter((f) => f.startsWith('inter-latin.'))).toHaveLength(3);
	}, 60_000);

	it('keeps the weight axis from the lightest weight the rules ask for to the heaviest', async () => {
		const weightsOf = (html: string) => [...html.matchAll(/font-weight:([^;]+);src:url/g)].map((m) => m[1]);
		const enLatinBytes = async () => {
			await subsetFonts(dir);
			return size(declared(read('en/index.html'))[0]!.file!);
		};
		// No rule asks for a weight: text is normal (400) or bolder, up to the face's 900.
		const cut = await enLatinBytes();
		expect(weightsOf(read('en/index.html'))).toEqual(['400 900', '400 900']);
		// A rule asks for 100, the face's lightest: the whole axis stays, in a larger file.
		rmSync(dir, { recursive: true, force: true });
		setUp('.thin{font:100 1rem/1.2 x}');
		const whole = await enLatinBytes();
		expect(weightsOf(read('en/index.html'))).toEqual(['100 900', '100 900']);
		expect(cut).toBeLessThan(whole * 0.9);
	}, 60_000);

	it('does nothing on a site without web fonts', async () => {
		write(`${ASSETS}/site.css`, "@font-face{font-family:X;src:local('Arial')}");
		const before = read('en/index.html');
		expect((await subsetFonts(dir)).files).toBe(0);
		expect(read('en/index.html')).toBe(before);
	});
});

describe('declaredWeight', () => {
	it.each([
		['font-weight', '600', 600],
		['font-weight', 'normal', 400],
		['font-weight', 'bold', 700],
		['font-weight', 'lighter', 100],
		['font-weight', 'bolder', undefined],
		['font-weight', 'var(--w)', undefined],
		['font', '700 .8125rem/1.2 var(--sc-font-sans,system-ui)', 700],
		['font', 'italic 300 1rem serif', 300],
		['font', '.875rem/1.4 var(--sc-font-sans)', 400],
		['font', '1rem/1.5 serif', 400],
		['font', 'var(--sc-step-font,inherit)', undefined],
		['font', 'inherit', undefined],
		['font', 'caption', undefined]
	] as const)('%s: %s → %s', (prop, value, weight) => {
		expect(declaredWeight(prop, value)).toBe(weight);
	});
	it.each([
		[[100, 900], 400, [400, 900]],
		[[100, 900], 100, undefined],
		[[200, 900], 100, undefined],
		[[100, 900], 900, undefined],
		[undefined, 400, undefined]
	] as const)('face %j, lightest %d → %j', (range, lightest, kept) => {
		expect(instanceWeights(range ? [...range] : undefined, lightest)).toEqual(kept ? [...kept] : undefined);
	});
});

describe('mainScript', () => {
	const counts = (text: string) => {
		const letters = new Map<number, number>();
		for (const c of text) letters.set(c.codePointAt(0)!, (letters.get(c.codePointAt(0)!) ?? 0) + 1);
		return letters;
	};
	it.each([
		['Привіт, світе: hello', undefined, 'Cyrillic'],
		['Hello, світ', undefined, 'Latin'],
		['Привіт, світе: hello', [...'hello'].map((c) => c.codePointAt(0)!), 'Latin'],
		['2025', undefined, undefined]
	])('%s (among %j): %s', (text, among, expected) => {
		const letters = counts(text.replace(/[^\p{L}]/gu, ''));
		expect(mainScript(letters, among)).toBe(expected);
	});
});

describe('pageText', () => {
	it('reads the locale, the visible text, alt texts and inline data, not styles', () => {
		const { locale, codePoints } = pageText(
			'<html lang="uk"><head><style>.zz{}</style><title>T</title></head><body>' +
				'<p>a&nbsp;b</p><noscript><img alt="Є"></noscript><script>{"q":"ї"}</script></body></html>'
		);
		expect(locale).toBe('uk');
		// ї brings its capital Ї: text set in capitals by CSS shows it.
		expect(String.fromCodePoint(...[...codePoints].sort((a, b) => a - b))).toBe(
			'":Tabq{}\u00a0ЄЇї'
		);
	});

	it('adds the capital of each Cyrillic letter, and of no Latin one', () => {
		const { codePoints } = pageText('<html><body><p>неофіційний é</p></body></html>');
		const text = String.fromCodePoint(...codePoints);
		for (const capital of 'НЕОФІЦЙ') expect(text).toContain(capital);
		expect(text).not.toContain('É');
	});
});

describe('unicode ranges', () => {
	it.each([
		['U+0000-00FF', [0x41, 0xff], [0x100]],
		['U+4??', [0x400, 0x4ff], [0x3ff, 0x500]],
		['u+2019, U+201C-201D', [0x2019, 0x201d], [0x201a]]
	])('%s', (range, inside, outside) => {
		const covers = parseUnicodeRange(range);
		for (const c of inside) expect(covers(c)).toBe(true);
		for (const c of outside) expect(covers(c)).toBe(false);
	});

	it('rejects what is not a range, naming it', () => {
		expect(() => parseUnicodeRange('U+41, latin')).toThrow('Not a unicode-range: "latin"');
	});

	it.each([
		[[0x41], 'U+41'],
		[[0x43, 0x41, 0x42, 0x42], 'U+41-43'],
		[[0x20, 0x2019, 0x201c, 0x201d], 'U+20,U+2019,U+201C-201D'],
		[[], '']
	])('formats %j as %s', (codePoints, expected) => {
		expect(formatUnicodeRange(codePoints)).toBe(expected);
	});
});
