/**
 * Where the words of highlighted links go, in one layout: always on the link's own line, their
 * centre on a point of its curve, as near its middle as they can without covering a node,
 * other words or the frame's edge. Upright where that is free; else turned to run along the
 * line, which takes only the line's own width of room. Works in the layout's frame with its
 * camera, px. Pure; Node only (picture.ts, at build time).
 */
import type { Camera } from './camera.js';
import { curvePoint, curveTangent, type Point } from './curves.js';
import {
	FRAMES,
	LABEL,
	bounds,
	labelHeight,
	outsideArea,
	separation,
	type Box,
	type LayoutKind,
	type Oriented
} from './geometry.js';
import { linkCurve, type GraphLink, type GraphModel } from './graphModel.js';
import { lineStyle, textWidth } from '../textMetrics.js';

/** Where along its line a label may sit, in order of preference: from the middle outwards,
 * every 3 % of the line, to 15 % from either end. */
export const ALONG = [0.5].concat(
	Array.from({ length: 12 }, (_, i) => [0.5 - 0.03 * (i + 1), 0.5 + 0.03 * (i + 1)]).flat()
);

/** Size of a link label's box, px: its words, padding and a 1 px border. */
export function linkLabelSize(text: string, kind: LayoutKind): { w: number; h: number } {
	const { linkFont } = FRAMES[kind];
	return {
		w: Math.ceil(textWidth(text, lineStyle(linkFont)) + 2 * LABEL.padX + 2),
		h: labelHeight(linkFont) + 2
	};
}

/** Something a label must not cover. `weight`: how bad covering it is (a node behind: 1). */
export interface Obstacle {
	id: string;
	shape: Oriented;
	weight: number;
}

export interface PlacedLabel {
	/** Centre of the label in the layout's own frame, before the camera, px. */
	at: Point;
	/** Its turn, degrees: 0 upright, else the line's direction (between -90 and 90). */
	angle: number;
	/** Its box on screen (with the camera), px. */
	shape: Oriented;
	/** How far along the line it sits (0–1). */
	t: number;
	/** Ids of the obstacles it covers (none, unless there was no free place on the line). */
	covers: string[];
}

/** Weight of the frame's edge, per px² of label outside it; of an overlap, per px of depth. */
const OUTSIDE = 10;
const DEPTH = 40;
/** Overlap below this depth (px) is rounding. */
const SLACK = 0.5;

/** The direction of a line at t, as an angle that keeps words reading left to right. */
export function readingAngle(tangent: Point): number {
	let angle = Math.atan2(tangent.y, tangent.x);
	if (angle > Math.PI / 2) angle -= Math.PI;
	if (angle <= -Math.PI / 2) angle += Math.PI;
	return angle;
}

/** Most candidate places the joint search tries before it gives up (it stays quick). */
const SEARCH_BUDGET = 20_000;

interface Candidate {
	t: number;
	p: Point;
	shape: Oriented;
}

/** Every place a label may take on its line, in order of preference: upright, then turned. */
function candidates(
	model: GraphModel,
	link: GraphLink,
	text: string,
	kind: LayoutKind,
	camera: Camera
): Candidate[] {
	const { w, h } = linkLabelSize(text, kind);
	const curve = linkCurve(model, link, kind);
	return [false, true].flatMap((along) =>
		ALONG.map((t) => {
			const p = curvePoint(curve, t);
			const angle = along ? readingAngle(curveTangent(curve, t)) : 0;
			const shape: Oriented = {
				x: camera.s * p.x + camera.x,
				y: camera.s * p.y + camera.y,
				hw: w / 2,
				hh: h / 2,
				angle
			};
			return { t, p, shape };
		})
	);
}

/** What placing a label there costs: the part outside the frame, and what it covers, by depth. */
function placeCost(shape: Oriented, taken: readonly Obstacle[], frame: Box): number {
	let c = OUTSIDE * outsideArea(bounds(shape), frame);
	for (const o of taken) {
		const depth = -separation(shape, o.shape);
		if (depth > SLACK) c += o.weight * DEPTH * depth;
	}
	return c;
}

function placedLabel(candidate: Candidate, taken: readonly Obstacle[]): PlacedLabel {
	const { p, shape, t } = candidate;
	const covers = taken.filter((o) => -separation(shape, o.shape) > SLACK).map((o) => o.id);
	const angle = Math.round(((shape.angle * 180) / Math.PI) * 10) / 10;
	return { at: p, angle, shape, t, covers };
}

/**
 * Places each label on its link's line, inside `frame`: the first free place upright, else
 * the first free place along the line, else the place that covers least. Each placed label becomes an
 * obstacle for the next. Labels of short lines, which have the fewest places, go first; if
 * some still cover something, a search tries the free places of all the labels together,
 * then the other order is tried, and the one that covers less kept.
 */
export function placeLinkLabels(
	model: GraphModel,
	labels: readonly { link: GraphLink; text: string }[],
	kind: LayoutKind,
	camera: Camera,
	obstacles: readonly Obstacle[],
	frame: Box
): Map<string, PlacedLabel> {
	const length = (link: GraphLink) => {
		const { a, b } = linkCurve(model, link, kind);
		return Math.hypot(b.x - a.x, b.y - a.y);
	};
	const shortFirst = [...labels].sort((p, q) => length(p.link) - length(q.link));
	const covered = (placed: Map<string, PlacedLabel>) =>
		[...placed.values()].reduce((n, l) => n + l.covers.length, 0);
	const scene: Scene = { model, kind, camera, obstacles, frame };
	const first = placeInOrder(scene, shortFirst);
	if (covered(first) === 0) return first;
	const together = placeTogether(scene, shortFirst);
	if (together) return together;
	const second = placeInOrder(scene, [...shortFirst].reverse());
	return covered(second) < covered(first) ? second : first;
}

/** What placing labels takes besides the labels: the graph, its layout, the view, what is
 * drawn already and the frame the words stay in. */
interface Scene {
	model: GraphModel;
	kind: LayoutKind;
	camera: Camera;
	obstacles: readonly Obstacle[];
	frame: Box;
}

function placeInOrder(
	{ model, kind, camera, obstacles, frame }: Scene,
	labels: readonly { link: GraphLink; text: string }[]
): Map<string, PlacedLabel> {
	const taken: Obstacle[] = [...obstacles];
	const placed = new Map<string, PlacedLabel>();
	for (const { link, text } of labels) {
		let best: Candidate | undefined;
		let bestCost = Infinity;
		for (const candidate of candidates(model, link, text, kind, camera)) {
			const c = placeCost(candidate.shape, taken, frame);
			if (c < bestCost) [best, bestCost] = [candidate, c];
			if (c < 1) break;
		}
		placed.set(link.id, placedLabel(best!, taken));
		taken.push({ id: `link ${link.id}`, shape: best!.shape, weight: 10 });
	}
	return placed;
}

/**
 * Free places for every label at once, if there are any: a depth-first search over each
 * label's free places, in order of preference, each clear of the labels placed before it.
 * One label at a time, the first label's best place can take the only room another has (two
 * lines leaving one node run side by side, and their words must take turns along them);
 * the search moves the first one on instead. Undefined when the budget runs out first.
 */
function placeTogether(
	{ model, kind, camera, obstacles, frame }: Scene,
	labels: readonly { link: GraphLink; text: string }[]
): Map<string, PlacedLabel> | undefined {
	const free = labels.map(({ link, text }) =>
		candidates(model, link, text, kind, camera).filter(
			(c) => placeCost(c.shape, obstacles, frame) < 1
		)
	);
	const chosen: Candidate[] = [];
	let budget = SEARCH_BUDGET;
	const search = (k: number): boolean => {
		if (k === labels.length) return true;
		for (const candidate of free[k]!) {
			if (--budget < 0) return false;
			if (chosen.some((c) => -separation(c.shape, candidate.shape) > SLACK)) continue;
			chosen.push(candidate);
			if (search(k + 1)) return true;
			chosen.pop();
		}
		return false;
	};
	if (!search(0)) return undefined;
	return new Map(labels.map(({ link }, k) => [link.id, placedLabel(chosen[k]!, obstacles)]));
}
