/**
 * One layout's picture for a highlight: where its camera points, which nodes it leaves out,
 * which names turn to another side, and where the words of the highlighted lines sit. The
 * camera moves in as far as it can; if the words then cannot all find a free place on their
 * lines, it tries a little less zoom, and keeps the first picture where nothing is covered.
 * Pure; Node only: focusState.ts puts the layouts together at build time.
 */
import {
	IDENTITY,
	aimCamera,
	framedNode,
	innerFrame,
	outOfFrame,
	wordsFrame,
	screenBox,
	type Camera
} from './camera.js';
import { curvePoint } from './curves.js';
import {
	bounds,
	oriented,
	outsideArea,
	separation,
	type LabelSide,
	type LayoutKind
} from './geometry.js';
import { linkCurve, type GraphLink, type GraphModel } from './graphModel.js';
import { linkLabelSize, placeLinkLabels, type Obstacle, type PlacedLabel } from './linkLabels.js';

export interface LayoutPicture {
	camera: Camera;
	/** Nodes not drawn. */
	out: Set<string>;
	/** Names turned to another side than the layout's. */
	turned: Map<string, LabelSide>;
	placed: Map<string, PlacedLabel>;
}

export interface PictureRequest {
	model: GraphModel;
	kind: LayoutKind;
	/** Nodes brought forward, and those kept in every picture. */
	lit: ReadonlySet<string>;
	kept: readonly string[];
	/** Words to write on highlighted lines. */
	texts: readonly { link: GraphLink; text: string }[];
	/** Move the camera in on what is brought forward. */
	zoom: boolean;
	/** Px kept free at the bottom of the frame, where notes are written over the picture. */
	reserve: number;
}

const SIDES: LabelSide[] = ['right', 'left', 'below'];

/** Zooms tried below the largest, each a step less, down to 1. */
const ZOOM_STEP = 0.1;

/**
 * Turns a node's name to the first other side where it stays in the frame and covers no other
 * node drawn; leaves it where it is when there is none.
 */
function turnLabel(request: PictureRequest, id: string, picture: LayoutPicture): boolean {
	const { model, kind, reserve } = request;
	const { camera, out, turned } = picture;
	const node = model.node.get(id)!;
	const current = turned.get(id) ?? node.at[kind].side;
	const frame = innerFrame(kind, reserve);
	const others = model.nodes
		.filter((n) => n.id !== id && !out.has(n.id))
		.map((n) => oriented(screenBox(n, kind, camera, turned.get(n.id))));
	for (const side of SIDES) {
		if (side === current) continue;
		const box = screenBox(node, kind, camera, side);
		if (outsideArea(box, frame) > 0) continue;
		if (others.every((o) => separation(oriented(box), o) >= 0)) {
			turned.set(id, side);
			return true;
		}
	}
	return false;
}

/** The picture with a given camera, and how much its words still cover. */
function pictureWith(request: PictureRequest, camera: Camera): [LayoutPicture, number] {
	const { model, kind, lit, kept, texts, reserve } = request;
	const forward = (id: string) => lit.has(id) || kept.includes(id);
	const picture: LayoutPicture = {
		camera,
		out: outOfFrame(model, kind, camera, reserve),
		turned: new Map(),
		placed: new Map()
	};
	// A node the frame would cut is named on another side if that fits; else it is left out.
	for (const id of [...picture.out]) {
		picture.out.delete(id);
		if (!turnLabel(request, id, picture)) picture.out.add(id);
	}
	const words = wordsFrame(kind, reserve);
	const obstacles = (): Obstacle[] =>
		model.nodes
			.filter((n) => !picture.out.has(n.id))
			.map((n) => ({
				id: n.id,
				shape: oriented(screenBox(n, kind, camera, picture.turned.get(n.id))),
				weight: forward(n.id) ? 10 : 1
			}));
	const blocked = (labels: Map<string, PlacedLabel>) =>
		[...labels.values()]
			.flatMap((l) => l.covers)
			.filter((id) => !model.node.has(id) || forward(id));
	picture.placed = placeLinkLabels(model, texts, kind, camera, obstacles(), words);
	// Words that must cover a node brought forward: that node's name turns to another side,
	// if one is free, and the words are placed again.
	for (let round = 0; round < 3 && blocked(picture.placed).length > 0; round++) {
		const before = new Map(picture.turned);
		for (const id of new Set(blocked(picture.placed)))
			if (model.node.has(id)) turnLabel(request, id, picture);
		const again = placeLinkLabels(model, texts, kind, camera, obstacles(), words);
		if (blocked(again).length >= blocked(picture.placed).length) {
			picture.turned = before;
			break;
		}
		picture.placed = again;
	}
	// A node in the background that a highlighted line's words must cover gives way.
	for (const label of picture.placed.values()) {
		for (const id of label.covers) if (model.node.has(id) && !forward(id)) picture.out.add(id);
	}
	const covered =
		blocked(picture.placed).length +
		[...picture.placed.values()].filter((l) => outsideArea(bounds(l.shape), words) > 0.5).length;
	return [picture, covered];
}

/** The picture of one layout: the closest view where the words cover nothing. */
export function layoutPicture(request: PictureRequest): LayoutPicture {
	const { model, kind, lit, kept, texts, zoom, reserve } = request;
	if (!zoom) return pictureWith(request, IDENTITY)[0];
	// The camera frames the nodes brought forward, the kept ones, and the words on the lines.
	const framed = [...new Set([...lit, ...kept])].map((id) => framedNode(model.node.get(id)!, kind));
	for (const { link, text } of texts) {
		const { w, h } = linkLabelSize(text, kind);
		const p = curvePoint(linkCurve(model, link, kind), 0.5);
		framed.push({ p, box: { left: -w / 2, right: w / 2, top: -h / 2, bottom: h / 2 } });
	}
	let best: [LayoutPicture, number] | undefined;
	let cap = Infinity;
	for (;;) {
		const camera = aimCamera(framed, kind, cap, reserve);
		const tried = pictureWith(request, camera);
		if (!best || tried[1] < best[1]) best = tried;
		if (tried[1] === 0 || camera.s <= 1) break;
		cap = camera.s - ZOOM_STEP;
	}
	return best[0];
}
