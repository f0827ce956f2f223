/**
 * Web fonts cut down to the glyphs the site's text uses, per locale.
 *
 * src/fonts.css declares each typeface in script ranges (Latin, Latin Extended, Cyrillic), as
 * Fontsource ships them. After the adapter has written the site, this reads the text of every
 * page (its visible text, `alt` texts, and its inline data, from which the islands draw) and,
 * for each locale (`<html lang>`), cuts each range's file down to the characters that locale's
 * pages use, with subset-font (HarfBuzz's hb-subset). The layout features a browser applies by
 * default (plus those the CSS asks for, e.g. `tnum`) stay, and so does the variable weight axis,
 * from the lightest weight the stylesheets ask for (a reader never sees the thinner masters;
 * cutting them takes about a quarter off each file) up to the face's heaviest (`<strong>` is
 * `bolder`, which can reach 900). Weights set in markup (`style` attributes) are not read: the
 * site sets none.
 *
 * Each page then declares, in an inline `<style>`, the faces of its own locale, each with the
 * exact `unicode-range` it covers: an English page never loads a Cyrillic face, and a Ukrainian
 * page's Latin face holds only the digits and punctuation it uses. The page preloads its upright
 * faces that its text uses (the body text and the labels); italics load when needed. The rules
 * of the original faces leave the stylesheets (the files stay in the build, unreferenced).
 *
 * The local stand-ins (`local()` faces sized to the web fonts, src/fonts.css) move into the same
 * inline `<style>`: in the stylesheet, which arrives after the first paint of a slow load, they
 * came too late, and the headline and byline drawn in the unsized local fonts reflowed when it
 * arrived (a layout shift of 0.28 on a throttled phone).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'parse5';
import postcss from 'postcss';
import subsetFont from 'subset-font';
import { ASSETS, hrefFrom, htmlFiles, isLocalFace } from './site.js';
import { formatUnicodeRange, parseUnicodeRange } from './unicodeRange.js';

/** OpenType features browsers apply by default to Latin and Cyrillic text. */
const DEFAULT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'calt', 'clig', 'rlig', 'rvrn'];
/** What `font-variant-numeric` values ask of the font. */
const NUMERIC_FEATURES = /** @type {Record<string, string>} */ ({
	'tabular-nums': 'tnum',
	'proportional-nums': 'pnum',
	'lining-nums': 'lnum',
	'oldstyle-nums': 'onum',
	'slashed-zero': 'zero',
	'diagonal-fractions': 'frac',
	ordinal: 'ordn'
});

/**
 * @typedef {{ key: string; file: string; stem: string; format: string; style: string;
 *   descriptors: string; weights: [number, number] | undefined;
 *   covers: (codePoint: number) => boolean }} Face a web font face of the stylesheets: its
 *   source file, its descriptors other than `src` and `unicode-range` as the pages declare it,
 *   and the weights of its variable axis to keep (undefined: the face as it is)
 * @typedef {{ face: Face; name: string; bytes: number; codePoints: number[] }} Subset
 */

/**
 * @param {string} dir the built site
 * @returns {Promise<{ pages: number; files: number; preloaded: Map<string, number> }>} pages
 *   given their faces, subset files written, and each page's preloaded font bytes
 */
export async function subsetFonts(dir) {
	const sheets = cssFiles(join(dir, '_app'));
	const { faces, features, standIns } = webFaces(sheets);
	if (faces.length === 0) return { pages: 0, files: 0, preloaded: new Map() };

	const pages = htmlFiles(dir).map((page) => {
		const html = readFileSync(page, 'utf8');
		return { page, html, ...pageText(html) };
	});
	/** @type {Map<string, Set<number>>} */
	const byLocale = new Map();
	for (const { locale, codePoints } of pages) {
		const set = byLocale.get(locale) ?? new Set();
		for (const c of codePoints) set.add(c);
		byLocale.set(locale, set);
	}

	/** @type {Map<string, Subset[]>} */
	const subsets = new Map();
	/** @type {Set<string>} */
	const written = new Set();
	for (const [locale, used] of byLocale) {
		/** @type {Subset[]} */
		const list = [];
		/** Characters already given to a face of the same family, style and weights. */
		/** @type {Map<string, Set<number>>} */
		const taken = new Map();
		for (const face of faces) {
			const given = taken.get(face.descriptors) ?? new Set();
			taken.set(face.descriptors, given);
			const codePoints = [...used]
				.filter((c) => face.covers(c) && !given.has(c))
				.sort((a, b) => a - b);
			for (const c of codePoints) given.add(c);
			if (codePoints.length === 0) continue;
			const font = await subsetFont(readFileSync(face.file), String.fromCodePoint(...codePoints), {
				targetFormat: 'woff2',
				keepFeatures: [...DEFAULT_FEATURES, ...features],
				...(face.weights && {
					variationAxes: { wght: { min: face.weights[0], max: face.weights[1] } }
				})
			});
			const hash = createHash('sha256').update(font).digest('base64url').slice(0, 10);
			const name = `${ASSETS}/${face.stem}.${hash}.woff2`;
			if (!written.has(name)) writeFileSync(join(dir, name), font);
			written.add(name);
			list.push({ face, name, bytes: font.byteLength, codePoints });
		}
		subsets.set(locale, list);
	}

	/** @type {Map<string, number>} */
	const preloaded = new Map();
	for (const { page, html, locale, codePoints, letters } of pages) {
		const own = subsets.get(locale) ?? [];
		const href = (/** @type {Subset} */ s) => hrefFrom(dir, page, s.name);
		const css =
			own
				.map(
					(s) =>
						`@font-face{${s.face.descriptors};src:url(${href(s)}) format("${s.face.format}");` +
						`unicode-range:${formatUnicodeRange(s.codePoints)}}`
				)
				.join('') + standIns;
		// The upright faces of the page's main script (its most used letters, e.g. Cyrillic on a
		// Ukrainian page whose sources are listed in English) and those holding no letters
		// (digits, punctuation) are preloaded; faces of the other scripts load when needed, so a
		// page in two scripts stays within its font budget.
		const main = mainScript(letters);
		const preload = own.filter(
			(s) =>
				s.face.style === 'normal' &&
				s.codePoints.some((c) => codePoints.has(c)) &&
				[main, undefined].includes(mainScript(letters, s.codePoints))
		);
		preloaded.set(relative(dir, page), preload.reduce((sum, s) => sum + s.bytes, 0));
		const head =
			preload
				.map((s) => `<link rel="preload" href="${href(s)}" as="font" type="font/woff2" crossorigin>`)
				.join('') + (css ? `<style>${css}</style>` : '');
		// Early, with the page's first files, but after the Content-Security-Policy, which covers
		// only what follows it.
		const csp = /<meta http-equiv="content-security-policy"[^>]*>\n?/.exec(html);
		const at = csp ? csp.index + csp[0].length : html.search(/<link\b|<\/head>/i);
		writeFileSync(page, html.slice(0, at) + head + html.slice(at));
	}

	for (const sheet of sheets) {
		const root = postcss.parse(readFileSync(sheet, 'utf8'));
		let changed = false;
		root.walkAtRules('font-face', (rule) => {
			const key = faceKey(sheet, rule);
			if (isLocalFace(rule) || faces.some((face) => face.key === key)) {
				rule.remove();
				changed = true;
			}
		});
		if (changed) writeFileSync(sheet, root.toString());
	}
	return { pages: pages.length, files: written.size, preloaded };
}

/**
 * The web font faces the stylesheets declare (a `url()` to a WOFF2 file), each once, the
 * OpenType features the stylesheets ask for, and their local stand-ins (`local()` faces), each
 * once, as compact CSS. A variable face keeps its weights from the lightest the stylesheets'
 * rules ask for, and is declared with those.
 * @param {string[]} sheets CSS files
 * @returns {{ faces: Face[]; features: string[]; standIns: string }}
 */
export function webFaces(sheets) {
	/** @type {Map<string, Omit<Face, 'descriptors' | 'weights'> & { declared: Record<string, string> }>} */
	const faces = new Map();
	/** @type {Set<string>} */
	const features = new Set();
	/** @type {Set<string>} */
	const standIns = new Set();
	let lightestWeight = Infinity;
	for (const sheet of sheets) {
		const root = postcss.parse(readFileSync(sheet, 'utf8'));
		root.walkDecls(/^font(-weight)?$/, (decl) => {
			if (decl.parent?.type === 'atrule' && /** @type {import('postcss').AtRule} */ (decl.parent).name === 'font-face')
				return;
			const weight = declaredWeight(decl.prop, decl.value);
			if (weight !== undefined) lightestWeight = Math.min(lightestWeight, weight);
		});
		root.walkDecls(/^font-(variant-numeric|feature-settings)$/, (decl) => {
			for (const word of decl.value.split(/[\s,]+/)) {
				const tag = NUMERIC_FEATURES[word] ?? /^["']([a-z0-9]{4})["']$/i.exec(word)?.[1];
				if (tag) features.add(tag);
			}
		});
		root.walkAtRules('font-face', (rule) => {
			if (isLocalFace(rule)) {
				/** @type {string[]} */
				const decls = [];
				rule.walkDecls((decl) => void decls.push(`${decl.prop}:${decl.value.replace(/\s+/g, ' ')}`));
				standIns.add(`@font-face{${decls.join(';')}}`);
				return;
			}
			const key = faceKey(sheet, rule);
			if (!key || faces.has(key)) return;
			/** @type {Record<string, string>} */
			const descriptors = {};
			rule.walkDecls((decl) => void (descriptors[decl.prop] = decl.value));
			const [, url = '', format = 'woff2'] =
				/url\(\s*["']?([^"')]+)["']?\s*\)\s*(?:format\(\s*["']?([^"')]+)["']?\s*\))?/.exec(
					descriptors.src ?? ''
				) ?? [];
			const file = resolve(dirname(sheet), url);
			faces.set(key, {
				key,
				file,
				stem: basename(file).replace(/\.[\w-]{8}\.woff2$|\.woff2$/, ''),
				format,
				style: descriptors['font-style'] ?? 'normal',
				declared: descriptors,
				covers: parseUnicodeRange(descriptors['unicode-range'] ?? 'U+0-10FFFF')
			});
		});
	}
	const lightest = Number.isFinite(lightestWeight) ? lightestWeight : 400;
	return {
		faces: [...faces.values()].map(({ declared, ...face }) => {
			const weights = instanceWeights(weightRange(declared['font-weight']), lightest);
			const kept = weights ? { ...declared, 'font-weight': weights.join(' ') } : declared;
			return {
				...face,
				weights,
				descriptors: Object.entries(kept)
					.filter(([prop]) => prop !== 'src' && prop !== 'unicode-range')
					.map(([prop, value]) => `${prop}:${value}`)
					.join(';')
			};
		}),
		features: [...features].sort(),
		standIns: [...standIns].join('')
	};
}

/**
 * The weight a `font-weight` or `font` declaration asks for: `normal` (also a `font` shorthand
 * that names none) is 400, `bold` 700, `lighter` may reach 100. A value set through a custom
 * property (`var()`) is not known here and asks for nothing (the site's own such properties are
 * shorthands that inherit, see --sc-step-font); `bolder` asks for nothing lighter.
 * @param {string} prop `font-weight` or `font`
 * @param {string} value
 * @returns {number | undefined}
 */
export function declaredWeight(prop, value) {
	const words = value.trim().toLowerCase().split(/\s+/);
	// In the shorthand, the weight comes before the size (the first word that starts with a
	// number and has a unit, a percentage or a slash); a shorthand without a size is a keyword
	// (`inherit`, `caption`) or a custom property, and says nothing here.
	const size = prop === 'font' ? words.findIndex((w) => /^[\d.]+([a-z%]|\/)|^\//.test(w)) : words.length;
	const before = words.slice(0, size);
	if (size < 0 || before.some((w) => w.includes('var('))) return undefined;
	for (const word of before) {
		if (/^\d{1,4}$/.test(word)) return Number(word);
		if (word === 'bold') return 700;
		if (word === 'lighter') return 100;
		if (word === 'bolder' || /^(inherit|initial|unset|revert|revert-layer)$/.test(word)) return undefined;
	}
	return 400;
}

/**
 * A variable face's range of weights, `font-weight: 200 900` → [200, 900]; undefined for a face
 * of one weight.
 * @param {string | undefined} value
 * @returns {[number, number] | undefined}
 */
function weightRange(value) {
	const [low, high] = (value ?? '').trim().split(/\s+/).map(Number);
	return low !== undefined && high !== undefined && low < high ? [low, high] : undefined;
}

/**
 * The weights to keep of a variable face: from the lightest the site asks for, when that is
 * inside the face's range, to the face's heaviest. Undefined when nothing would be cut.
 * @param {[number, number] | undefined} range the face's weights
 * @param {number} lightest the lightest weight the stylesheets ask for
 * @returns {[number, number] | undefined}
 */
export function instanceWeights(range, lightest) {
	if (!range || lightest <= range[0] || lightest >= range[1]) return undefined;
	return [lightest, range[1]];
}

/**
 * A face that loads a WOFF2 file is keyed by the file it loads and its descriptors; other faces
 * (`local()` fallbacks) have no key.
 * @param {string} sheet
 * @param {import('postcss').AtRule} rule
 */
function faceKey(sheet, rule) {
	let src = '';
	rule.walkDecls('src', (decl) => void (src = decl.value));
	const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(src)?.[1];
	if (!url) return '';
	const rest = (rule.nodes ?? [])
		.filter((node) => node.type === 'decl' && node.prop !== 'src')
		.map(String)
		.join(';');
	return `${resolve(dirname(sheet), url)}|${rest}`;
}

/**
 * A page's locale and the characters a reader may see on it: its text (with JavaScript off,
 * so a `<noscript>`'s markup counts as markup), `alt` texts, and its inline scripts, which carry
 * the data the islands render.
 * @param {string} html
 * @returns {{ locale: string; codePoints: Set<number>; letters: Map<number, number> }}
 */
export function pageText(html) {
	const document = parse(html, { scriptingEnabled: false });
	/** @type {Set<number>} */
	const codePoints = new Set();
	/** How often each letter occurs (which script the page is mainly written in). */
	/** @type {Map<number, number>} */
	const letters = new Map();
	const add = (/** @type {string} */ text) => {
		for (const char of text) {
			const c = /** @type {number} */ (char.codePointAt(0));
			if (c >= 0x20 && c !== 0x7f) codePoints.add(c);
			// Text the stylesheets set in capitals (the draft path's lane names) shows letters the
			// markup writes in lower case. A Latin page has its capitals anyway; a Cyrillic one may
			// not, and a missing capital is drawn from another font («НEОФІЦІЙНИЙ»).
			if (/\p{Script=Cyrillic}/u.test(char))
				for (const upper of char.toUpperCase()) codePoints.add(/** @type {number} */ (upper.codePointAt(0)));
		}
		for (const char of text)
			if (/\p{L}/u.test(char)) {
				const c = /** @type {number} */ (char.codePointAt(0));
				letters.set(c, (letters.get(c) ?? 0) + 1);
			}
	};
	let locale = '';
	/** @param {import('parse5').DefaultTreeAdapterTypes.ParentNode} node */
	const walk = (node) => {
		for (const child of node.childNodes) {
			if (child.nodeName === '#text' && 'value' in child) add(child.value.replace(/[\t\n\f\r ]+/g, ' '));
			if (!('tagName' in child)) continue;
			if (child.tagName === 'style') continue;
			const attr = (/** @type {string} */ name) => child.attrs.find((a) => a.name === name)?.value;
			if (child.tagName === 'html') locale = attr('lang') ?? '';
			for (const name of ['alt', 'placeholder', 'value']) add(attr(name) ?? '');
			walk('content' in child ? child.content : child);
		}
	};
	walk(document);
	return { locale, codePoints, letters };
}

/**
 * The script most of the letters are in (of `among`, when given): "Latin", "Cyrillic"…, or
 * undefined when there are no letters.
 * @param {Map<number, number>} letters how often each letter occurs
 * @param {number[]} [among] only these code points
 * @returns {string | undefined}
 */
export function mainScript(letters, among) {
	/** @type {Map<string, number>} */
	const count = new Map();
	for (const c of among ?? letters.keys()) {
		const n = letters.get(c);
		if (!n) continue;
		const char = String.fromCodePoint(c);
		const script = /\p{Script=Cyrillic}/u.test(char)
			? 'Cyrillic'
			: /\p{Script=Latin}/u.test(char)
				? 'Latin'
				: 'Other';
		count.set(script, (count.get(script) ?? 0) + n);
	}
	return [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** @param {string} folder @returns {string[]} */
function cssFiles(folder) {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return cssFiles(path);
		return name.endsWith('.css') ? [path] : [];
	});
}
