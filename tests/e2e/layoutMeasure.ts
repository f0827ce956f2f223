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
	/** Shown to the eye: rendered, not hidden, not faded below half, not clipped to nothing. */
	const shown = (el: Element) => {
		let opacity = 1;
		for (let n: Element | null = el; n; n = n.parentElement) {
			const style = getComputedStyle(n);
			if (style.display === 'none' || style.visibility === 'hidden') return false;
			opacity *= Number(style.opacity);
			const box = n.getBoundingClientRect();
			if (style.clipPath !== 'none' && (box.width <= 2 || box.height <= 2)) return false;
			if (n === graphic) break;
		}
		return opacity >= 0.5;
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
		const whole = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		words.set(whole, Boolean(el.closest('blockquote, q')));
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
			if (!(line instanceof SVGGeometryElement)) continue;
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
