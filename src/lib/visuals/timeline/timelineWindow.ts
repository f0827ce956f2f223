/**
 * The camera: at each step the main axis shows one window of time, chosen to hold the events the
 * step is about and, room allowing, the events either side of them, and fills the frame's
 * height with it. Every dot sits at its date's place in the window (proportional to time);
 * labels sit beside their dots, nudged apart just enough not to overlap.
 *
 * When titles do not all fit, the days between the step's events (then the neighbours) are
 * labelled with their date only: every dot in the window is labelled, and none hides a silence.
 * Windows are made for each frame class at its smallest size (see timelineLayout.ts). Pure.
 */
import type { DayGroup } from './timelineEvents';
import { GEOMETRY, REM, TYPE, type FrameClass, type GroupBox } from './timelineLayout';
import { timeScale } from './timeScale';

/** What one frame class shows at one step. */
export interface ClassView {
	/** The window of time on the axis, in day numbers, top to bottom. */
	window: [number, number];
	/** Label tops (px, at the class's smallest height), by group index, for the groups shown. */
	tops: Map<number, number>;
	/** Groups shown with their date only. */
	brief: Set<number>;
	/** The height the layout was made for (px). */
	height: number;
	/** Least space between two labels (px): the type's gap, or TIGHT_GAP in a crowded frame. */
	gap: number;
}

/** The closest the camera comes (px per day): one event alone is not blown up to fill a tall
 * frame, and the zoom changes less from step to step. */
const MAX_PER_DAY = 60;

/** How far a label may sit from its dot (px) before a narrower window is preferred: further,
 * and its leader reads as pointing somewhere else. */
const MAX_SHIFT = 96;

/** The space kept between labels (px) when the step's titles fit no other way: the date line
 * still sets each day apart from the title above it. */
export const TIGHT_GAP = 4;

/** Which days between or beside the step's events are labelled with their date only. */
const BRIEF_RULES = ['none', 'between', 'others'] as const;
type BriefRule = (typeof BRIEF_RULES)[number];

/**
 * Tops for labels that want to sit at `desired`, in order, without overlapping (each needs its
 * height plus `gap`) and within [lo, hi]: the least squared movement (isotonic regression on the
 * positions less the room the labels before them need), then clamped to the bounds.
 */
export function dodge(
	desired: readonly number[],
	heights: readonly number[],
	gap: number,
	[lo, hi]: readonly [number, number]
): number[] {
	const before: number[] = [];
	let total = -gap;
	for (const h of heights) {
		before.push(total + gap);
		total += h + gap;
	}
	// Pool adjacent violators: runs of labels that must move together sit at their mean.
	const blocks: { sum: number; count: number }[] = [];
	desired.forEach((want, i) => {
		blocks.push({ sum: want - before[i]!, count: 1 });
		while (blocks.length > 1) {
			const [prev, last] = blocks.slice(-2) as [(typeof blocks)[0], (typeof blocks)[0]];
			if (prev.sum / prev.count <= last.sum / last.count) break;
			blocks.splice(-2, 2, { sum: prev.sum + last.sum, count: prev.count + last.count });
		}
	});
	const high = Math.max(lo, hi - total);
	return blocks
		.flatMap(({ sum, count }) =>
			Array<number>(count).fill(Math.min(high, Math.max(lo, sum / count)))
		)
		.map((z, i) => z + before[i]!);
}

export function classView(
	groups: readonly DayGroup[],
	boxes: readonly GroupBox[],
	active: ReadonlySet<number>,
	frame: FrameClass
): ClassView {
	const height = frame.minHeight * REM;
	const type = TYPE[frame.type];
	const n = groups.length;
	if (n === 0) return { window: [0, 1], tops: new Map(), brief: new Set(), height, gap: type.gap };
	const margin = GEOMETRY.dotEdge / height;
	const minDays = Math.max(5, height / MAX_PER_DAY);
	const focus = [...active].filter((g) => g >= 0 && g < n).sort((a, b) => a - b);
	const [i0, j0] = focus.length ? [focus[0]!, focus.at(-1)!] : [0, n - 1];
	const lastEnd = Math.max(...groups.map((g) => g.end));

	/** The window around groups i…j, with room for their dots at the edges, and without the
	 * groups beyond them when it can be helped. */
	const windowFor = (i: number, j: number): [number, number] => {
		const s0 = groups[i]!.start;
		const s1 = Math.max(...groups.slice(i, j + 1).map((g) => g.end));
		const length = Math.max(minDays, (s1 - s0) / (1 - 2 * margin));
		const pad = length * margin * 1.2;
		const lo = Math.max(i > 0 ? groups[i - 1]!.start + 0.5 : -Infinity, groups[0]!.start - pad);
		const hi = Math.min(j < n - 1 ? groups[j + 1]!.start - 0.5 : Infinity, lastEnd + pad);
		let a = (s0 + s1) / 2 - length / 2;
		let b = a + length;
		if (a < lo) [a, b] = [lo, Math.min(hi, b + lo - a)];
		if (b > hi) [a, b] = [Math.max(lo, a - (b - hi)), hi];
		// Never so tight that the first or last dot touches the frame's edge (moving one edge
		// moves the other's share a little: a few rounds settle it).
		for (let round = 0; round < 3; round++) {
			if (s0 - a < margin * (b - a)) a = (s0 - margin * b) / (1 - margin);
			if (b - s1 < margin * (b - a)) b = (s1 - margin * a) / (1 - margin);
		}
		return [a, b];
	};

	const place = (
		i: number,
		j: number,
		rule: BriefRule,
		{ briefAfter = Infinity, gap = type.gap }: { briefAfter?: number; gap?: number } = {}
	) => {
		let window = windowFor(i, j);
		let [first, last] = [i, j];
		// The room kept for an edge dot can take in a neighbour a day away: it is then in the
		// window, and the window is made again around it.
		for (let again = true; again;) {
			const before = groups.findIndex((g) => g.start >= window[0]);
			const after = n - 1 - [...groups].reverse().findIndex((g) => g.start <= window[1]);
			again = before < first || after > last;
			if (again)
				window = windowFor((first = Math.min(first, before)), (last = Math.max(last, after)));
		}
		const ids = Array.from({ length: last - first + 1 }, (_, k) => first + k);
		const brief = new Set(
			ids.filter(
				(g) =>
					g > briefAfter ||
					(!active.has(g) &&
						(rule === 'others' || (rule === 'between' && g > i0 && g < j0 && focus.length > 0)))
			)
		);
		const y = timeScale(window, [0, height]);
		const desired = ids.map((g) => y(groups[g]!.start) - type.date.lineHeight / 2);
		const heights = ids.map((g) => (brief.has(g) ? GEOMETRY.briefHeight : boxes[g]!.height));
		const room = heights.reduce((sum, h) => sum + h + gap, -gap);
		const tops = dodge(desired, heights, gap, [GEOMETRY.edge, height - GEOMETRY.edge]);
		return {
			view: { window, tops: new Map(ids.map((g, k) => [g, tops[k]!])), brief, height, gap },
			first,
			last,
			rule,
			gap,
			fits: room <= height - 2 * GEOMETRY.edge,
			shift: Math.max(0, ...tops.map((t, k) => Math.abs(t - desired[k]!)))
		};
	};

	// Both neighbours, the next, the previous, none; each with every title, then with dates
	// only between the step's events, then beside them; all with the type's gap between labels,
	// then, in a crowded frame, with a tight one. The first that fits with its labels near their
	// dots; else, of those that fit, the one that moves labels least. The step's own events are
	// never cut to their dates while their titles can fit.
	const clamp = (k: number) => Math.max(0, Math.min(n - 1, k));
	const spans = [
		[clamp(i0 - 1), clamp(j0 + 1)],
		[i0, clamp(j0 + 1)],
		[clamp(i0 - 1), j0],
		[i0, j0]
	];
	let chosen: ReturnType<typeof place> | undefined;
	for (const gap of [type.gap, TIGHT_GAP]) {
		if (chosen) break;
		const fitting = spans
			.flatMap(([i, j]) => BRIEF_RULES.map((rule) => place(i!, j!, rule, { gap })))
			.filter((c) => c.fits);
		chosen =
			fitting.find((c) => c.shift <= MAX_SHIFT) ??
			fitting.reduce<(typeof fitting)[number] | undefined>(
				(best, c) => (!best || c.shift < best.shift ? c : best),
				undefined
			);
	}
	// The step's own titles cannot all fit, even tight (a frame too small for them): the first
	// of them, as many as fit, and the others' dates (in a very small frame, dates alone).
	for (let k = j0 - 1; !chosen && k >= i0 - 1; k--)
		chosen = [place(i0, j0, 'others', { briefAfter: k, gap: TIGHT_GAP })].find((c) => c.fits);
	chosen ??= place(i0, i0, 'others', { gap: TIGHT_GAP });
	if (!chosen.fits) return chosen.view;

	// Room to spare: widen the window while the labels stay near their dots.
	for (let grown = true; grown;) {
		grown = false;
		for (const [i, j] of [
			[chosen.first - 1, chosen.last],
			[chosen.first, chosen.last + 1]
		] as const) {
			if (i < 0 || j >= n) continue;
			const wider = place(i, j, chosen.rule, { gap: chosen.gap });
			if (wider.fits && wider.shift <= Math.max(MAX_SHIFT / 2, chosen.shift)) {
				chosen = wider;
				grown = true;
			}
		}
	}
	return chosen.view;
}
