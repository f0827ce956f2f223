/**
 * The lines of the network as curves: straight for a pair's only link, bowing apart for two
 * links or more between the same pair. Plain geometry in a layout's pixels, shared by the
 * build-time layout and the component. Pure, no dependencies.
 */

/** A point in a layout's own frame, px. */
export interface Point {
	x: number;
	y: number;
}

/** A link's line in one layout, px: from a to b, bowing towards c (a quadratic curve). */
export interface Curve {
	a: Point;
	c: Point;
	b: Point;
}

/** Distance between the middles of two lines joining the same pair, px at the layout's size. */
export const PARALLEL = 18;

/** The pair a link joins, the same whichever way round it is written. */
export const pairKey = (link: { source: string; target: string }) =>
	[link.source, link.target].sort().join('~');

/** The id of a link: its own, or one made from its ends and its place in the list. */
export const linkId = (link: { id?: string; source: string; target: string }, index: number) =>
	link.id ?? `${link.source}~${link.target}~${index}`;

/**
 * The curve from a to b whose middle bows out by `offset` parallel gaps (see linkCurve), plus
 * `detour` px: the bend the layout gives a line to pass a node it would otherwise cross.
 */
export function bentCurve(a: Point, b: Point, aFirst: boolean, offset: number, detour = 0): Curve {
	const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
	if (offset === 0 && detour === 0) return { a, c: mid, b };
	const [first, second] = aFirst ? [a, b] : [b, a];
	const len = Math.hypot(second.x - first.x, second.y - first.y) || 1;
	const nx = (second.y - first.y) / len;
	const ny = -(second.x - first.x) / len;
	// The curve's middle is halfway between the chord's middle and the control point.
	const bow = 2 * (offset * Math.min(PARALLEL, len / 4) + detour);
	return { a, c: { x: mid.x + nx * bow, y: mid.y + ny * bow }, b };
}

/** Offsets of links that share a pair: 0 alone; -0.5, +0.5 for two; -1, 0, +1 for three. */
export function pairOffsets(links: readonly { source: string; target: string }[]): number[] {
	const pairs = new Map<string, number[]>();
	links.forEach((link, i) => {
		const key = pairKey(link);
		pairs.set(key, [...(pairs.get(key) ?? []), i]);
	});
	const offsets = links.map(() => 0);
	for (const members of pairs.values()) {
		members.forEach((i, j) => (offsets[i] = j - (members.length - 1) / 2));
	}
	return offsets;
}

/** The point at `t` (0–1) along a curve. */
export function curvePoint({ a, c, b }: Curve, t: number): Point {
	const u = 1 - t;
	return {
		x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
		y: u * u * a.y + 2 * u * t * c.y + t * t * b.y
	};
}

/** The direction of a curve at `t` (not normalised). */
export function curveTangent({ a, c, b }: Curve, t: number): Point {
	return {
		x: 2 * (1 - t) * (c.x - a.x) + 2 * t * (b.x - c.x),
		y: 2 * (1 - t) * (c.y - a.y) + 2 * t * (b.y - c.y)
	};
}
