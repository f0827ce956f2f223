/**
 * Where the wide diagram's labels go, searched for once at build time (prepare.ts), and the
 * check that proves it: no label touches another label, a dot, an arrowhead or a lane's name,
 * and each stays inside one lane's band, at every body size of its tier (WIDE_TIERS).
 *
 * A label sits at a fixed offset in pixels from an anchor that sits at fractions of the chart,
 * so one placement serves every size; each label takes the cheapest of its candidate places
 * (around its dot, or along its flow, at several widths) that is free at all the sizes. Lines
 * may pass behind a label (its background masks them), but places clear of lines cost less, and
 * a flow's words keep off its own line and away from others', so they read as its own.
 */
import { pointOnCurve, type Point } from './curve';
import type { WideGeometry } from './layout';
import { labelBases, labelParts, measureParts, type LabelBase } from './labels';
import type { DraftPathData, DraftPathLane, LabelSpot, Place, WideLayout } from './model';
import { WIDE, WIDE_TIERS } from './model';
import { boxesOverlap, CLEARANCE, hits, inside, linesNear, LIT_RADIUS } from './scene';
import { obstaclesOf, projectOnto, sceneAt, type Box, type Scene, type Size } from './scene';

/** Gap kept between two labels. */
const LABEL_GAP = 3;
/** A band with a little room at its top and bottom: labels never touch a lane's border. */
const roomOf = (band: Box): Box => ({ x: band.x + 2, y: band.y + 3, w: band.w - 4, h: band.h - 6 });

/** The box of a label this size at its anchor, offset as its spot says. */
const boxAt = (at: Point, o: Pick<LabelSpot, 'dx' | 'dy' | 'tx' | 'ty'>, w: number, h: number) => ({
	x: at.x + o.dx + (o.tx / 100) * w,
	y: at.y + o.dy + (o.ty / 100) * h,
	w,
	h
});

// --- Candidates --------------------------------------------------------------------------------

/** Places in order of preference: beside a dot first; on a flow, beside it, then along it. */
const places = (list: string) => list.split(' ') as Place[];
const STAGE_PLACES = places('e s-start n-start se s-center ne n-center w s-end n-end sw nw');
const FLOW_PLACES = places('e w n-center s-center n-start s-start n-end s-end');
const WIDTHS = {
	stage: [120, 150, 100, 190, 84, 240],
	quote: [230, 270, 200, 310, 350],
	flow: [130, 170, 100, 210]
};
const FLOW_POINTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];
/** What a line costs under a label (another flow's, or its own), or near a flow's words. */
const LINE_COST = { under: 1.2, own: 6, near: 1.5, nearBy: 12 };

const alignOf = (place: Place): LabelSpot['align'] =>
	/^(w|nw|sw|n-end|s-end)$/.test(place) ? 'right' : place.endsWith('center') ? 'center' : 'left';

/** Offsets of a place: beside a dot a label's first line is centred on it, beside a point on a
 * flow the whole label is; above and below, it aligns its start, centre or end with it. */
function offsets(
	place: Place,
	base: LabelBase,
	clear = false
): Pick<LabelSpot, 'dx' | 'dy' | 'tx' | 'ty'> {
	const onFlow = !!base.route;
	// On a flow, 5px from the line; or clear of the dots at its ends, for a short flow.
	const gap = onFlow
		? clear && place[0] !== 'e' && place[0] !== 'w'
			? LIT_RADIUS + 5
			: 5
		: LIT_RADIUS + WIDE.labelGap;
	const side = onFlow ? 0 : base.kind === 'quote' ? WIDE.dotRadius : LIT_RADIUS;
	const [sideDy, sideTy] = onFlow
		? [0, -50 as const]
		: [-(base.parts[0]?.style.lineHeight ?? 16) / 2, 0 as const];
	const table: Record<Place, [number, number, 0 | -50 | -100, 0 | -50 | -100]> = {
		e: [gap, sideDy, 0, sideTy],
		w: [-gap, sideDy, -100, sideTy],
		'n-start': [-side, -gap, 0, -100],
		'n-center': [0, -gap, -50, -100],
		'n-end': [side, -gap, -100, -100],
		's-start': [-side, gap, 0, 0],
		's-center': [0, gap, -50, 0],
		's-end': [side, gap, -100, 0],
		ne: [10, -gap, 0, -100],
		se: [10, gap, 0, 0],
		nw: [-10, -gap, -100, -100],
		sw: [-10, gap, -100, 0]
	};
	const [dx, dy, tx, ty] = table[place];
	return { dx, dy, tx, ty };
}

/** A label's place before its anchor is turned into fractions of the chart. */
export type PlacedSpot = Omit<LabelSpot, 'x' | 'y'> & { id: string; anchor: Point };

interface Option {
	spot: Omit<PlacedSpot, 'band'>;
	cost: number;
	/** The label's box in each scene, and the band that holds it in all (or -1). */
	boxes: Box[];
	band: number;
	free?: boolean;
}

function optionsFor(
	base: LabelBase,
	scenes: readonly Scene[],
	compact: boolean,
	shortened = false
): Option[] {
	const measured = new Map<number, { w: number; h: number }>();
	const own = `line ${base.route?.flow.id}`;
	const option = (
		place: Place,
		width: number,
		cost: number,
		anchor: Point,
		clear = false,
		short = false
	) => {
		const key = width + (short ? 0.5 : 0);
		const size = measured.get(key) ?? measureParts(base.parts, width, compact || short);
		measured.set(key, size);
		const o = offsets(place, base, clear);
		const boxes = scenes.map((s) => boxAt(s.project(anchor), o, size.w, size.h));
		// Lines are judged at the tier's first two sizes (its narrowest, short and tall): cheaper,
		// and enough to prefer a clear place; they are no hard constraint.
		const judged = boxes.slice(0, 2);
		const under = new Set(judged.flatMap((box, i) => linesNear(box, scenes[i]!)));
		const near = new Set(
			base.route ? judged.flatMap((box, i) => linesNear(box, scenes[i]!, LINE_COST.nearBy)) : []
		);
		const onOwn = under.delete(own);
		near.delete(own);
		cost += (onOwn ? LINE_COST.own : 0) + under.size * LINE_COST.under + near.size * LINE_COST.near;
		const rooms = base.lane === undefined ? scenes[0]!.bands.map((_, i) => i) : [base.lane];
		const band =
			rooms.find((i) => boxes.every((box, s) => inside(box, roomOf(scenes[s]!.bands[i]!)))) ?? -1;
		const spot = {
			id: base.id,
			anchor,
			width,
			align: alignOf(place),
			...o,
			...(short && { short })
		};
		return { spot, cost, boxes, band };
	};
	const options = base.route
		? [shortened].flatMap((short) =>
				[...FLOW_POINTS.map((t, i) => [t, i, false] as const), [0.5, 1, true] as const].flatMap(
					([t, i, clear]) =>
						FLOW_PLACES.filter((place) => !clear || place.length > 1).flatMap((place, p) =>
							WIDTHS.flow.map((w, j) => {
								const at = pointOnCurve(base.route!.curve, t);
								const cost = p * 0.1 + i * 0.3 + j * 0.05 + (short ? 50 : 0);
								return option(place, w, cost, at, clear, short);
							})
						)
				)
			)
		: STAGE_PLACES.flatMap((place, p) =>
				WIDTHS[base.kind === 'quote' ? 'quote' : 'stage'].map((w, j) =>
					option(place, w, p * 0.15 + j * 0.08, base.anchor)
				)
			);
	return options.sort((a, b) => a.cost - b.cost);
}

// --- The search --------------------------------------------------------------------------------

export interface Placement {
	spots: PlacedSpot[];
	/** How many times labels touch something, or each other (0 in a good placement; the
	 * finished layout is checked, and what it touches said in words, by checkWideLabels). */
	trouble: number;
	cost: number;
}

/**
 * Places every label so that it touches nothing at any of the tier's sizes. Quotes go first,
 * then the stages' names, then the words on flows; within each kind, the label with the fewest
 * free places first. A label with no free place left may move the one label in its way to
 * another free place of that one's; failing that it takes its least bad place. A few rounds
 * of taking up what still clashes and placing it again try to mend it; what remains is
 * counted.
 */
export function placeLabels(
	geometry: WideGeometry,
	lanes: readonly DraftPathLane[],
	tier: { sizes: readonly Size[]; compact: boolean }
): Placement {
	const scenes = tier.sizes.map((size) => sceneAt(geometry, lanes, size));
	const touches = (o: Option) =>
		(o.band < 0 ? 1 : 0) + o.boxes.filter((box, i) => hits(box, scenes[i]!).length).length;
	const isFree = (o: Option) => (o.free ??= touches(o) === 0);
	const items = labelBases(geometry, tier.compact).map((base) => {
		let options = optionsFor(base, scenes, tier.compact);
		// Words on a flow with no free place at all are shortened, as a last resort (a large
		// cost), to the compact tier's: its status and denial stay; its words are in the rows
		// and the text alternative.
		const shortens = !tier.compact && base.route && base.parts.some((p) => p.compact !== undefined);
		if (shortens && !options.some(isFree))
			options = [...options, ...optionsFor(base, scenes, false, true)];
		const room = options.filter((o) => o.spot.width === options[0]?.spot.width && isFree(o)).length;
		return { base, options, free: options.filter(isFree), room };
	});
	const rank = { quote: 0, stage: 1, flow: 1 };
	const order = [...items].sort((a, b) => rank[a.base.kind] - rank[b.base.kind] || a.room - b.room);
	const overlap = (a: Option, b: Option) =>
		a.boxes.some((box, i) => boxesOverlap(box, b.boxes[i]!, LABEL_GAP));
	const chosen = new Map<(typeof items)[number], Option>();
	const clashes = (o: Option, except?: unknown) =>
		[...chosen].some(([item, c]) => item !== except && overlap(o, c));

	type Item = (typeof items)[number];
	const place = (item: Item) => {
		let option = item.free.find((o) => !clashes(o));
		// Make room: move the one label in the way of a free place to another of its own.
		for (const wanted of option ? [] : item.free.slice(0, 40)) {
			const blockers = [...chosen].filter(([, c]) => overlap(wanted, c));
			if (blockers.length !== 1) continue;
			const [blocker, current] = blockers[0]!;
			const moved = blocker.free
				.slice(0, 40)
				.find((alt) => alt !== current && !overlap(alt, wanted) && !clashes(alt, blocker));
			if (!moved) continue;
			chosen.set(blocker, moved);
			option = wanted;
			break;
		}
		const placed = [...chosen.values()];
		const badness = (o: Option) => touches(o) + placed.filter((p) => overlap(o, p)).length;
		chosen.set(item, option ?? item.options.reduce((b, o) => (badness(o) < badness(b) ? o : b)));
	};
	const clashing = (item: Item) =>
		[...chosen.keys()].filter(
			(other) => other !== item && overlap(chosen.get(item)!, chosen.get(other)!)
		);
	const trouble = () =>
		items.reduce((n, item) => n + touches(chosen.get(item)!) + clashing(item).length, 0);
	order.forEach(place);
	// Where labels still clash: take up each one with those in its way, place it first, then
	// them; keep the change only if there is less trouble than before. A few rounds at most.
	for (let round = 0; round < 3 && trouble() > 0; round++)
		for (const item of items.filter((i) => touches(chosen.get(i)!) || clashing(i).length)) {
			const group = [item, ...clashing(item)];
			const [before, saved] = [trouble(), group.map((g) => chosen.get(g)!)];
			group.forEach((g) => chosen.delete(g));
			group.forEach(place);
			if (trouble() >= before) group.forEach((g, i) => chosen.set(g, saved[i]!));
		}

	const spots = items.map((item) => ({
		...chosen.get(item)!.spot,
		band: Math.max(0, chosen.get(item)!.band)
	}));
	const cost = items.reduce((sum, item) => sum + chosen.get(item)!.cost, 0);
	return { spots, trouble: trouble(), cost };
}

/**
 * Every way a finished layout's wide labels touch something, at each size of a tier, read from
 * the layout as the component draws it (anchors at fractions of the chart, offsets in pixels,
 * each label measured again): a label touching another, a dot, an arrowhead or a lane's name,
 * or leaving its lane. Empty for a good layout; prepare.ts reports what it finds.
 */
export function checkWideLabels(data: DraftPathData, wide: WideLayout, tier: number): string[] {
	const { sizes, compact } = WIDE_TIERS[tier]!;
	const [stages, flows] = [
		new Map(data.stages.map((s) => [s.id, s])),
		new Map(data.flows.map((f) => [f.id, f]))
	];
	const found = new Set<string>();
	for (const size of sizes) {
		const project = projectOnto(size, [0, 1], [0, 1]);
		const drawn = {
			lanes: wide.lanes,
			dots: wide.stages.map((s) => ({ id: s.id, at: s, span: s.span })),
			heads: wide.flows.map((f) => ({
				id: f.id,
				heading: f.head.heading,
				gap: f.head.gap,
				to: f.head
			}))
		};
		const { bands, obstacles } = obstaclesOf(data.lanes, drawn, size, project);
		const labels = wide.labels.flatMap(({ id, spots }) => {
			const spot = spots[tier];
			if (!spot) return [];
			const m = measureParts(labelParts(id, stages, flows), spot.width, compact || !!spot.short);
			return [{ id, band: spot.band, box: boxAt(project(spot), spot, m.w, m.h) }];
		});
		const where = ` at ${size.width}×${size.height}`;
		labels.forEach((label, i) => {
			if (!inside(label.box, roomOf(bands[label.band]!)))
				found.add(`${label.id} × outside its lane${where}`);
			for (const o of obstacles)
				if (boxesOverlap(label.box, o.box, CLEARANCE)) found.add(`${label.id} × ${o.id}${where}`);
			for (const other of labels.slice(i + 1))
				if (boxesOverlap(label.box, other.box, LABEL_GAP))
					found.add(`${label.id} × ${other.id}${where}`);
		});
	}
	return [...found];
}
