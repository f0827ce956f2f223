/**
 * The layout rule for lines a step highlights together (part of `refine.ts`): where two such
 * labelled lines leave one node, their far ends turn apart until the words on both middles
 * have room. Near the node such lines run side by side, so their words can only take turns
 * along them; when the lines leave it at nearly one angle, no place along them holds both,
 * and a picture that shows both cannot write both.
 *
 * Node only, like layout.ts (it is part of it).
 */
import { separation, type Oriented } from './geometry.js';

/** A line as the refinement sees it: its two nodes' indexes, the width its words need. */
interface FanLink {
	a: number;
	b: number;
	room: number;
}

/** Two labelled lines shown together that leave one node: their indexes and their far ends. */
export interface Fan {
	first: number;
	second: number;
	farFirst: number;
	farSecond: number;
}

/** Every two labelled lines of one group (link indexes) that share exactly one node. */
export function fansOf(links: readonly FanLink[], together: readonly (readonly number[])[]): Fan[] {
	// By pair, so that a pair in more than one group is pushed once a round.
	const fans = new Map<string, Fan>();
	for (const group of together)
		for (const i of group)
			for (const j of group) {
				const [l, m] = [links[i]!, links[j]!];
				if (j <= i || l.room === 0 || m.room === 0) continue;
				const shared = [l.a, l.b].filter((k) => k === m.a || k === m.b);
				// Lines of one pair bow apart already (curves.ts); of two pairs, may run together.
				if (shared.length !== 1) continue;
				const far = (n: FanLink) => (n.a === shared[0] ? n.b : n.a);
				fans.set(`${i} ${j}`, { first: i, second: j, farFirst: far(l), farSecond: far(m) });
			}
	return [...fans.values()];
}

/**
 * One round of the rule: where the room for two fanned lines' words (`slot`, on each middle)
 * overlaps, moves their far ends apart, which opens the angle or staggers the middles.
 */
export function fanOut(
	fans: readonly Fan[],
	nodes: readonly { x: number; y: number }[],
	slot: (link: number) => Oriented,
	strength: number
): void {
	for (const { first, second, farFirst, farSecond } of fans) {
		const one = slot(first);
		const other = slot(second);
		const depth = -separation(one, other);
		if (depth <= 0) continue;
		let dx = other.x - one.x;
		let dy = other.y - one.y;
		const d = Math.hypot(dx, dy);
		// Middles at one point: apart across the first line, a fixed way round.
		if (d < 0.01) [dx, dy] = [-Math.sin(one.angle), Math.cos(one.angle)];
		const o = (depth * strength * 0.25) / Math.max(d, 1);
		const [p, q] = [nodes[farFirst]!, nodes[farSecond]!];
		p.x -= dx * o;
		p.y -= dy * o;
		q.x += dx * o;
		q.y += dy * o;
	}
}
