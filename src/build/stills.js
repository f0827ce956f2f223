/**
 * Takes each step's still out of the story page's HTML.
 *
 * A story page keeps every step's static graphic in `<noscript>` inside `.scrolly-step-graphic`
 * (Step.svelte, scrolly/stills.ts): only the stacked layout shows them (no JavaScript, print, a
 * section whose engine failed). On the flagship they were 31 copies of the graphics, 608 KB of
 * its 987 KB of HTML, which every reader downloaded. After the adapter has written the site,
 * this writes each distinct still once, as a self-contained SVG file (the still's markup in a
 * `<foreignObject>`, with the CSS it uses), and leaves in the `<noscript>` an
 * `<img loading="lazy">` whose `alt` is the still's text alternative. scrolly/stills.ts turns
 * it into an element when the stacked layout is needed, as it did the markup.
 *
 * An SVG shown as an image loads nothing: no web fonts (it gets the sized local fallbacks of
 * src/fonts.css, which the graphics' build-time label placement allows for) and no other file.
 * The SVG has no size of its own, so it lays out its markup at the size of the image, exactly
 * where the graphic was, and container queries inside it behave as they did in the page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseFragment } from 'parse5';
import postcss from 'postcss';
import { ASSETS, hrefFrom, htmlFiles, isLocalFace, linkedStylesheets } from './site.js';
import { usedCss } from './usedCss.js';
import { htmlToXml, xhtmlStartTag } from './xhtml.js';


/** In the SVG, the elements around the still take no room, but keep their styles' cascade. */
const FRAME_CSS =
	'[data-still-context]{display:contents!important}' +
	'[data-still-frame]{display:block!important;width:100%!important;height:100%!important;' +
	'margin:0!important;padding:0!important;overflow:hidden}';

/** Attributes of the elements around a still that style nothing. */
const NAMING = /^(?:id|role|aria-.*|data-step-index)$/;

/**
 * @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element
 * @typedef {import('parse5').DefaultTreeAdapterTypes.ParentNode} ParentNode
 */

/**
 * Rewrites every page under `dir` that keeps stills in `<noscript>`.
 * @param {string} dir the built site
 * @returns {Promise<{ pages: number; stills: number; files: number }>}
 */
export async function extractStills(dir) {
	/** @type {Set<string>} */
	const written = new Set();
	let pages = 0;
	let stills = 0;
	for (const page of htmlFiles(dir)) {
		const html = readFileSync(page, 'utf8');
		if (!html.includes('scrolly-step-graphic')) continue;
		const kept = keptStills(html);
		if (kept.length === 0) continue;
		const css = pageCss(dir, page, html);
		const where = relative(dir, page);
		let out = '';
		let from = 0;
		for (const still of kept) {
			const alt = textAlternative(still.markup);
			if (alt === undefined)
				throw new Error(
					`${where}: the still of step #${still.step} has no text alternative. ` +
						'Give its graphic an aria-label (for a story: the step’s caption in sections.yaml).'
				);
			const svg = await stillSvg(still, css);
			const hash = createHash('sha256').update(svg).digest('base64url').slice(0, 10);
			const name = `${ASSETS}/still.${hash}.svg`;
			if (!written.has(name)) writeFileSync(join(dir, name), svg);
			written.add(name);
			const src = hrefFrom(dir, page, name);
			const img =
				`<img class="scrolly-still" src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}"` +
				' loading="lazy" decoding="async">';
			out += html.slice(from, still.start) + img;
			from = still.end;
			stills++;
		}
		writeFileSync(page, out + html.slice(from));
		pages++;
	}
	return { pages, stills, files: written.size };
}

/**
 * @typedef {{ start: number; end: number; markup: string; step: string;
 *   ancestors: Element[] }} KeptStill where the `<noscript>`'s content starts and ends in the
 *   page, the content, the step's id, and the elements around it (from <html> down to the
 *   `.scrolly-step-graphic`)
 */

/**
 * The stills a page keeps in `<noscript>`, in document order. parse5 parses a `<noscript>` as a
 * browser with JavaScript does: its content is text, the still's markup as written.
 * @param {string} html
 * @returns {KeptStill[]}
 */
export function keptStills(html) {
	const document = parse(html, { sourceCodeLocationInfo: true });
	/** @type {KeptStill[]} */
	const found = [];
	/** @param {ParentNode} node @param {Element[]} ancestors */
	const walk = (node, ancestors) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			const parent = ancestors.at(-1);
			if (child.tagName === 'noscript' && parent && hasClass(parent, 'scrolly-step-graphic')) {
				const loc = child.sourceCodeLocation;
				if (!loc?.startTag || !loc.endTag) continue;
				const step = ancestors.findLast((a) => hasClass(a, 'scrolly-step'));
				found.push({
					start: loc.startTag.endOffset,
					end: loc.endTag.startOffset,
					markup: html.slice(loc.startTag.endOffset, loc.endTag.startOffset),
					step: (step && attr(step, 'id')) ?? '?',
					ancestors
				});
			} else walk('content' in child ? child.content : child, [...ancestors, child]);
		}
	};
	walk(document, []);
	return found;
}

/**
 * The still's text alternative: the label of its `role="img"` element (StorySection.svelte).
 * @param {string} markup
 * @returns {string | undefined}
 */
export function textAlternative(markup) {
	/** @param {ParentNode} node @returns {string | undefined} */
	const find = (node) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			const label = attr(child, 'aria-label')?.trim();
			// A picture is role="img"; one with controls in it (the draft path's denial notes) is a
			// labelled group. Either way its label is what the still's image says.
			const role = attr(child, 'role');
			if ((role === 'img' || role === 'group') && label) return label;
			const inner = find(child);
			if (inner !== undefined) return inner;
		}
		return undefined;
	};
	return find(parseFragment(markup));
}

/**
 * The SVG file of one still: its markup inside the elements it sits in on the page (so the
 * page's selectors and inherited styles apply as they did), with the rules it uses.
 * @param {KeptStill} still
 * @param {{ rules: string; localFonts: string }} css
 */
export async function stillSvg(still, css) {
	if (still.ancestors[0]?.tagName !== 'html') throw new Error('stillSvg: the ancestors must start at <html>');
	const context = still.ancestors.map((element, i) => {
		const last = i === still.ancestors.length - 1;
		// Shown stacked, as without JavaScript, whatever the layout the page starts in. What only
		// names or describes an element is left out, so that equal stills of two steps are one file.
		const attrs = element.attrs
			.filter((a) => !NAMING.test(a.name))
			.map((a) =>
				a.name === 'data-layout' && hasClass(element, 'scrolly') ? { ...a, value: 'stacked' } : a
			);
		attrs.push({ name: last ? 'data-still-frame' : 'data-still-context', value: '' });
		return { tag: element.tagName, attrs };
	});
	const open = (/** @type {boolean} */ xml) =>
		context
			.map(({ tag, attrs }, i) =>
				xml ? xhtmlStartTag(tag, attrs, i === 0) : `<${tag}${attrs.map(htmlAttribute).join('')}>`
			)
			.join('');
	const close = context
		.map(({ tag }) => `</${tag}>`)
		.reverse()
		.join('');
	// Beasties needs an HTML document with a <head>; the elements inside <body> are the same.
	const htmlOpen = open(false).replace(/^(<html[^>]*>)/, '$1<head></head>');
	const rules = pageViewportHeights(
		await usedCss(css.rules, `<!doctype html>${htmlOpen}${still.markup}${close}`)
	);
	return (
		'<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">' +
		`<style>${escapeCss(css.localFonts + rules + FRAME_CSS)}</style>` +
		'<foreignObject width="100%" height="100%">' +
		open(true) +
		htmlToXml(still.markup) +
		close +
		'</foreignObject></svg>'
	);
}

/**
 * The page's stylesheets, and, apart, the font faces that need no download (`local()` only): an
 * image can use them, not the web fonts.
 * @param {string} dir
 * @param {string} page
 * @param {string} html
 */
function pageCss(dir, page, html) {
	const root = postcss.parse(
		linkedStylesheets(dir, page, html)
			.map((sheet) => sheet.css)
			.join('\n')
	);
	/** @type {string[]} */
	const local = [];
	root.walkAtRules('font-face', (rule) => {
		if (isLocalFace(rule)) local.push(rule.toString());
		rule.remove();
	});
	return { rules: root.toString(), localFonts: local.join('') };
}

/**
 * In an SVG image, `vh` and `svh` are hundredths of the image's height, not of the reader's
 * screen. The stacked graphic box is `min(80svh, 38rem)` (Step.svelte), so a still that sizes
 * something in `svh` gets, from the image's height, the page's value where the box is 80svh
 * tall (phones), and a little less on screens taller than 760 px.
 * @param {string} css
 */
export const pageViewportHeights = (css) =>
	css.replace(/(?<![\w.-])(\d*\.?\d+)[sdl]?vh\b/g, (_m, n) => `${+(Number(n) * 1.25).toFixed(4)}vh`);

/** @param {Element} element @param {string} name */
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
/** @param {Element} element @param {string} name */
const hasClass = (element, name) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);
/** @param {string} text */
const escapeAttribute = (text) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** @param {{ name: string; value: string }} a */
const htmlAttribute = (a) => ` ${a.name}="${escapeAttribute(a.value)}"`;
/** CSS inside an XML `<style>`: `<` and `&` would end or break it. @param {string} css */
const escapeCss = (css) => css.replace(/&/g, '&amp;').replace(/</g, '&lt;');
