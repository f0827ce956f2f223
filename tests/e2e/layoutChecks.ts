/**
 * Checks of a graphic's layout, as pure functions over rectangles measured in the browser (see
 * layoutMeasure.ts): no two visible labels overlap, no visible text is cut by a frame, every
 * legend entry is fully in view, every link label sits on its line. Each returns one line per
 * problem, naming the texts involved, so a failing step says what is wrong where.
 */

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Point {
	x: number;
	y: number;
}

/** A box that clips what is inside it: the graphic's frame, an SVG, a scrolling strip. */
export interface Clip {
	/** What it is, for messages: "div.scrolly-graphic-frame". */
	what: string;
	rect: Rect;
	/** The reader can scroll it on this axis, so a line cut there can be scrolled into view. */
	scrollsX: boolean;
	scrollsY: boolean;
}

/** A run of text as the reader sees it: one rectangle per line it takes. */
export interface MeasuredText {
	/** Distinguishes texts of the same words: "svg text#3". */
	id: string;
	text: string;
	rects: Rect[];
	/** Every box that clips it, innermost first; the viewport last. */
	clips: Clip[];
}

export interface MeasuredLegendEntry {
	text: string;
	/** Undefined when the entry is not rendered at all. */
	rect?: Rect;
	clips: Clip[];
}

export interface MeasuredLinkLabel {
	/** The link's id. */
	id: string;
	text: string;
	rect: Rect;
	/** The link's drawn line (or lines: a visible stroke and a wider hit area), each sampled
	 * along its length, in the same coordinates. */
	lines: Point[][];
}

/** How far a rectangle must overlap another, in pixels on both axes, to count. */
export const OVERLAP_TOLERANCE = 1;
/** How far a text may reach past a clipping box before it counts as cut (sub-pixel layout). */
export const CUT_TOLERANCE = 1;
/** How far from its line a link label may sit, in pixels. */
export const LINK_LABEL_GAP = 4;
/** A text's box includes room above the ascenders and below the descenders of its font: this
 * share of its height, at the top and the bottom, is not ink, so it may touch another's. */
export const LEADING_SHARE = 0.15;

const short = (text: string) => {
	const t = text.trim().replace(/\s+/g, ' ');
	return `“${t.length > 40 ? t.slice(0, 39) + '…' : t}”`;
};

/** The part of a text's box where its glyphs are. */
export function inkOf(rect: Rect): Rect {
	const trim = (rect.bottom - rect.top) * LEADING_SHARE;
	return { ...rect, top: rect.top + trim, bottom: rect.bottom - trim };
}

/** How much two rectangles overlap on each axis (negative: the gap between them). */
export function overlap(a: Rect, b: Rect): { x: number; y: number } {
	return {
		x: Math.min(a.right, b.right) - Math.max(a.left, b.left),
		y: Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
	};
}

/** The part of a rectangle inside a clip (undefined: none of it). */
export function visiblePart(rect: Rect, clips: readonly Clip[]): Rect | undefined {
	let r: Rect = rect;
	for (const clip of clips) {
		r = {
			left: Math.max(r.left, clip.rect.left),
			top: Math.max(r.top, clip.rect.top),
			right: Math.min(r.right, clip.rect.right),
			bottom: Math.min(r.bottom, clip.rect.bottom)
		};
		if (r.right - r.left <= CUT_TOLERANCE || r.bottom - r.top <= CUT_TOLERANCE) return undefined;
	}
	return r;
}

/** Texts of which some part can be seen. */
export function visibleTexts(texts: readonly MeasuredText[]): MeasuredText[] {
	return texts.filter((t) => t.rects.some((r) => visiblePart(r, t.clips)));
}

/** One label drawn twice on purpose, e.g. a halo under its text: same words, same place. */
function sameLabelTwice(a: MeasuredText, b: MeasuredText): boolean {
	if (a.text.trim() !== b.text.trim() || a.rects.length !== b.rects.length) return false;
	return a.rects.every((r, i) => {
		const q = b.rects[i]!;
		return (
			Math.abs(r.left - q.left) <= 1 &&
			Math.abs(r.top - q.top) <= 1 &&
			Math.abs(r.right - q.right) <= 1 &&
			Math.abs(r.bottom - q.bottom) <= 1
		);
	});
}

/** Pairs of visible texts whose glyphs overlap. */
export function overlappingLabels(texts: readonly MeasuredText[]): string[] {
	const shown = visibleTexts(texts).map((t) => ({
		t,
		ink: t.rects.flatMap((r) => {
			const part = visiblePart(r, t.clips);
			return part ? [inkOf(part)] : [];
		})
	}));
	const problems: string[] = [];
	for (let i = 0; i < shown.length; i++)
		for (let j = i + 1; j < shown.length; j++) {
			const a = shown[i]!;
			const b = shown[j]!;
			if (sameLabelTwice(a.t, b.t)) continue;
			const hit = a.ink.some((ra) =>
				b.ink.some((rb) => {
					const o = overlap(ra, rb);
					return o.x > OVERLAP_TOLERANCE && o.y > OVERLAP_TOLERANCE;
				})
			);
			if (hit) problems.push(`${short(a.t.text)} overlaps ${short(b.t.text)}`);
		}
	return problems;
}

/** Visible texts that a clipping box cuts: partly inside it, partly outside. Cut along an axis
 * the box scrolls on is allowed (a transcript slides its lines), never across it. Names the
 * innermost box that cuts. */
export function cutTexts(texts: readonly MeasuredText[]): string[] {
	const problems: string[] = [];
	for (const t of visibleTexts(texts)) {
		let cut: string | undefined;
		for (const rect of t.rects) {
			if (cut || !visiblePart(rect, t.clips)) continue;
			// What is left of the text after each box, innermost first: a part that a scrolling
			// box hides is hidden, not cut, by the boxes outside it.
			let r = rect;
			for (const clip of t.clips) {
				const c = clip.rect;
				const outX = c.left - r.left > CUT_TOLERANCE || r.right - c.right > CUT_TOLERANCE;
				const outY = c.top - r.top > CUT_TOLERANCE || r.bottom - c.bottom > CUT_TOLERANCE;
				if (outX && !clip.scrollsX) cut = `at the side by ${clip.what}`;
				else if (outY && !clip.scrollsY) cut = `at the top or bottom by ${clip.what}`;
				if (cut) break;
				r = visiblePart(r, [clip]) ?? r;
			}
		}
		if (cut) problems.push(`${short(t.text)} is cut ${cut}`);
	}
	return problems;
}

/** Legend entries that are not shown, or not wholly in view. */
export function legendOutOfView(entries: readonly MeasuredLegendEntry[]): string[] {
	const problems: string[] = [];
	for (const entry of entries) {
		if (!entry.rect) {
			problems.push(`legend entry ${short(entry.text)} is not shown`);
			continue;
		}
		const outside = entry.clips.find((clip) => {
			const o = overlap(entry.rect!, clip.rect);
			const w = entry.rect!.right - entry.rect!.left;
			const h = entry.rect!.bottom - entry.rect!.top;
			return o.x < w - CUT_TOLERANCE || o.y < h - CUT_TOLERANCE;
		});
		if (outside)
			problems.push(`legend entry ${short(entry.text)} is not wholly inside ${outside.what}`);
	}
	return problems;
}

/** Distance from a point to a segment. */
function pointToSegment(p: Point, a: Point, b: Point): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = dx * dx + dy * dy;
	const t = length ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0;
	return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance from a rectangle to a line through the points: 0 when the line meets it. */
export function rectToLine(rect: Rect, line: readonly Point[]): number {
	const corners = [
		{ x: rect.left, y: rect.top },
		{ x: rect.right, y: rect.top },
		{ x: rect.right, y: rect.bottom },
		{ x: rect.left, y: rect.bottom }
	];
	let best = Math.min(...line.map((p) => distanceToRect(p, rect)));
	for (let i = 1; i < line.length && best > 0; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		for (let k = 0; k < 4; k++) {
			if (segmentsCross(a, b, corners[k]!, corners[(k + 1) % 4]!)) return 0;
			best = Math.min(best, pointToSegment(corners[k]!, a, b));
		}
	}
	return best;
}

function distanceToRect(p: Point, rect: Rect): number {
	const dx = Math.max(rect.left - p.x, 0, p.x - rect.right);
	const dy = Math.max(rect.top - p.y, 0, p.y - rect.bottom);
	return Math.hypot(dx, dy);
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
	const side = (p: Point, q: Point, r: Point) =>
		(q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
	const d1 = side(c, d, a);
	const d2 = side(c, d, b);
	const d3 = side(a, b, c);
	const d4 = side(a, b, d);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Link labels further than LINK_LABEL_GAP from their line. */
export function linkLabelsOffTheirLines(labels: readonly MeasuredLinkLabel[]): string[] {
	return labels.flatMap((label) => {
		const lines = label.lines.filter((line) => line.length > 0);
		if (!lines.length) return [`link label ${short(label.text)} has no line (${label.id})`];
		const gap = Math.min(...lines.map((line) => rectToLine(label.rect, line)));
		return gap > LINK_LABEL_GAP
			? [`link label ${short(label.text)} sits ${Math.round(gap)} px from its line (${label.id})`]
			: [];
	});
}
