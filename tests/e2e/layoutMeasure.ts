/**
 * What the layout checks measure, taken in the page in one call per step: it brings the step
 * to its section's trigger line as a reader scrolling would, waits until the step is active,
 * its graphic hydrated and every transition ended, then measures the graphic: every visible run
 * of text with the boxes that clip it, every legend entry, every link label with its line.
 *
 * `measureStep` runs inside the page (page.evaluate): it must not use anything from outside
 * its own body.
 */
import type {
	Clip,
	MeasuredLegendEntry,
	MeasuredLinkLabel,
	MeasuredText,
	Point,
	Rect
} from './layoutChecks';

export interface MeasureArgs {
	/** Id of the step. */
	step: string;
	/** Legend entries inside a graphic. */
	legendEntries: string;
	/** Labels of links, each with `data-edge-label` naming the link whose line has `data-edge`. */
	linkLabels: string;
}

export interface StepMeasurement {
	step: string;
	/** The step became the active one. */
	active: boolean;
	texts: MeasuredText[];
	legend: MeasuredLegendEntry[];
	links: MeasuredLinkLabel[];
	/** The graphic's texts as elements give them, for the house style; verbatim inside a
	 * blockquote or q. */
	words: { text: string; verbatim: boolean }[];
}

export async function measureStep(args: MeasureArgs): Promise<StepMeasurement> {
	const frames = (n: number) =>
		new Promise<void>((resolve) => {
			const next = (k: number) => (k ? requestAnimationFrame(() => next(k - 1)) : resolve());
			next(n);
		});
	const until = async (test: () => boolean, ms: number) => {
		const end = performance.now() + ms;
		while (!test()) {
			if (performance.now() > end) return false;
			await frames(1);
		}
		return true;
	};
	const step = document.getElementById(args.step);
	const section = step?.closest<HTMLElement>('.scrolly');
	const graphic = section?.querySelector<HTMLElement>('.scrolly-graphic');
	if (!step || !section || !graphic) throw new Error(`No step #${args.step} with a graphic`);

	// To the trigger line; sections laid out late (content-visibility) move it, so correct.
	const offset = Number(section.dataset.offset) || 0.6;
	for (let i = 0; i < 6; i++) {
		const distance = step.getBoundingClientRect().top - (innerHeight * offset - 20);
		if (Math.abs(distance) < 1) break;
		scrollBy(0, distance);
		await frames(2);
	}
	const active = await until(() => step.classList.contains('is-active'), 4000);
	const island = graphic.querySelector('[data-island]');
	await until(() => !island || island.hasAttribute('data-hydrated'), 8000);
	await frames(2);
	await until(() => document.getAnimations().every((a) => a.playState !== 'running'), 5000);
	await frames(2);

	const toRect = (r: DOMRect | Rect): Rect => ({
		left: r.left,
		top: r.top,
		right: r.right,
		bottom: r.bottom
	});
	const describe = (el: Element) =>
		el.tagName.toLowerCase() + (el.classList[0] ? `.${el.classList[0]}` : '');
	/** The parts of a CSS value separated by `separator` outside parentheses. */
	const splitTop = (value: string, separator: string): string[] => {
		const parts = [''];
		let depth = 0;
		for (const ch of value) {
			depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
			if (ch === separator && depth === 0) parts.push('');
			else parts[parts.length - 1] += ch;
		}
		return parts.map((part) => part.trim()).filter(Boolean);
	};
	/** A computed length in px, percentages of `size`: px, %, clamp(), min(), max(), calc() of
	 * one term; undefined for anything else. */
	const lengthOf = (value: string, size: number): number | undefined => {
		const plain = /^(-?[\d.]+(?:e[+-]?\d+)?)(px|%)?$/.exec(value);
		if (plain) return plain[2] === '%' ? (Number(plain[1]) * size) / 100 : Number(plain[1]);
		const call = /^(clamp|min|max|calc)\((.*)\)$/.exec(value);
		if (!call) return undefined;
		const args = splitTop(call[2]!, ',').map((arg) => lengthOf(arg, size));
		if (args.some((arg) => arg === undefined)) return undefined;
		const [a, b, c] = args as number[];
		if (call[1] === 'clamp' && args.length === 3) return Math.max(a!, Math.min(b!, c!));
		if (call[1] === 'min') return Math.min(...(args as number[]));
		if (call[1] === 'max') return Math.max(...(args as number[]));
		return call[1] === 'calc' && args.length === 1 ? a : undefined;
	};
	/** The insets of an `inset()` clip-path in px (top, right, bottom, left) against a box of
	 * this size; undefined for another shape or a value it cannot work out. */
	const insetsOf = (clipPath: string, box: DOMRect): number[] | undefined => {
		const inside = /^inset\((.*)\)$/.exec(clipPath)?.[1]?.split(' round ')[0];
		if (!inside) return undefined;
		const [top = '0px', right = top, bottom = top, left = right] = splitTop(inside, ' ');
		const insets = [
			lengthOf(top, box.height),
			lengthOf(right, box.width),
			lengthOf(bottom, box.height),
			lengthOf(left, box.width)
		];
		return insets.some((inset) => inset === undefined) ? undefined : (insets as number[]);
	};
	/** Shown to the eye: rendered, not hidden, not faded below half, not clipped to nothing
	 * (the draft path hides a row the window would cut with a clip-path inset of 100%). */
	const shown = (el: Element) => {
		let opacity = 1;
		for (let n: Element | null = el; n; n = n.parentElement) {
			const style = getComputedStyle(n);
			if (style.display === 'none' || style.visibility === 'hidden') return false;
			opacity *= Number(style.opacity);
			const box = n.getBoundingClientRect();
			if (style.clipPath !== 'none' && (box.width <= 2 || box.height <= 2)) return false;
			const insets = insetsOf(style.clipPath, box);
			if (insets) {
				const [top, right, bottom, left] = insets as [number, number, number, number];
				if (top + bottom >= box.height - 0.5 || left + right >= box.width - 0.5) return false;
			}
			if (n === graphic) break;
		}
		return opacity >= 0.5;
	};
	/** An element's words as its lines show them: textContent, but with a break where a box
	 * set as a block starts (textContent runs a tick's "Oct. 20" into the year set below it). */
	const wordsOf = (el: Element): string => {
		let words = '';
		const walk = (parent: Node) => {
			for (const child of parent.childNodes) {
				if (child.nodeType === Node.TEXT_NODE) words += child.textContent;
				if (!(child instanceof Element)) continue;
				const display = getComputedStyle(child).display;
				const block = !display.startsWith('inline') && display !== 'contents';
				if (block) words += '\n';
				walk(child);
				if (block) words += '\n';
			}
		};
		walk(el);
		return words.replace(/\s+/g, ' ').trim();
	};
	const clipsOf = (el: Element): Clip[] => {
		const clips: Clip[] = [];
		for (let n = el.parentElement; n && n !== document.documentElement; n = n.parentElement) {
			const style = getComputedStyle(n);
			if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
			const r = n.getBoundingClientRect();
			const border = (side: string) =>
				Number.parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
			const scrolls = (value: string) => value === 'auto' || value === 'scroll';
			clips.push({
				what: describe(n),
				rect: {
					left: r.left + border('left'),
					top: r.top + border('top'),
					right: r.right - border('right'),
					bottom: r.bottom - border('bottom')
				},
				scrollsX: scrolls(style.overflowX),
				// A frame whose edge fades out (a mask) is one its lines slide through.
				scrollsY: scrolls(style.overflowY) || style.maskImage !== 'none'
			});
		}
		clips.push({
			what: 'the screen',
			rect: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
			scrollsX: false,
			scrollsY: false
		});
		return clips;
	};

	const texts: MeasuredText[] = [];
	const words = new Map<string, boolean>();
	const walker = document.createTreeWalker(graphic, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const el = node.parentElement;
		if (!el || !node.textContent?.trim() || el.closest('script, style, noscript')) continue;
		if (!shown(el)) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		let rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
		if (!rects.length && el instanceof SVGElement) rects = [el.getBoundingClientRect()];
		if (!rects.length) continue;
		texts.push({
			id: `${describe(el)}#${texts.length}`,
			text: node.textContent,
			rects: rects.map(toRect),
			clips: clipsOf(el)
		});
		words.set(wordsOf(el), Boolean(el.closest('blockquote, q')));
	}

	const legend: MeasuredLegendEntry[] = [...graphic.querySelectorAll(args.legendEntries)].map(
		(el) => {
			const r = el.getBoundingClientRect();
			const rendered = shown(el) && r.width > 0 && r.height > 0;
			return {
				text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
				rect: rendered ? toRect(r) : undefined,
				clips: clipsOf(el)
			};
		}
	);

	const links: MeasuredLinkLabel[] = [];
	for (const el of graphic.querySelectorAll<HTMLElement>(args.linkLabels)) {
		if (!shown(el) || !el.textContent?.trim()) continue;
		const id = el.getAttribute('data-edge-label') ?? '';
		const range = document.createRange();
		range.selectNodeContents(el);
		const lines: Point[][] = [];
		for (const line of graphic.querySelectorAll(`[data-edge="${CSS.escape(id)}"]`)) {
			// Only a line drawn: a visual may draw each link once per layout and show one.
			if (!(line instanceof SVGGeometryElement) || !line.checkVisibility()) continue;
			const matrix = line.getScreenCTM();
			const length = line.getTotalLength();
			if (!matrix || !length) continue;
			const points: Point[] = [];
			for (let i = 0; i <= 60; i++) {
				const p = line.getPointAtLength((length * i) / 60).matrixTransform(matrix);
				points.push({ x: p.x, y: p.y });
			}
			lines.push(points);
		}
		links.push({ id, text: el.textContent, rect: toRect(range.getBoundingClientRect()), lines });
	}

	return {
		step: args.step,
		active,
		texts,
		legend,
		links,
		words: [...words].map(([text, verbatim]) => ({ text, verbatim }))
	};
}
