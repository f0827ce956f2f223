/**
 * What a state of the picture shows in one layout, as boxes in the layout's frame (px, camera
 * applied): the nodes it draws and the words on its highlighted lines. For the tests.
 */
import { IDENTITY, screenBox } from '$lib/visuals/network/camera';
import type { FocusState } from '$lib/visuals/network/focus';
import {
	FRAMES,
	bounds,
	oriented,
	separation,
	type Box,
	type LayoutKind,
	type Oriented
} from '$lib/visuals/network/geometry';
import type { GraphModel } from '$lib/visuals/network/graphModel';
import { linkLabelSize } from '$lib/visuals/network/linkLabels';

export interface Shown {
	id: string;
	shape: Oriented;
	/** The upright box around it. */
	box: Box;
}

export function shownBoxes(model: GraphModel, state: FocusState, kind: LayoutKind): Shown[] {
	const { width, height } = FRAMES[kind];
	const cam = state.cameras[kind];
	const px =
		cam === IDENTITY ? IDENTITY : { s: cam.s, x: (cam.x / 100) * width, y: (cam.y / 100) * height };
	const shown: Shown[] = model.nodes
		.filter((n) => !state.hidden[kind].has(n.id))
		.map((n) => {
			const box = screenBox(n, kind, px, state.sides[kind].get(n.id));
			return { id: `node ${n.id}`, shape: oriented(box), box };
		});
	for (const [id, label] of state.labels) {
		const { w, h } = linkLabelSize(label.text, kind);
		const shape = {
			x: px.s * (label.at[kind].x / 100) * width + px.x,
			y: px.s * (label.at[kind].y / 100) * height + px.y,
			hw: w / 2,
			hh: h / 2,
			angle: (label.angle[kind] * Math.PI) / 180
		};
		shown.push({ id: `label ${id}`, shape, box: bounds(shape) });
	}
	return shown;
}

/** Pairs that overlap by more than `tolerance` px. */
export function overlapping(shown: readonly Shown[], tolerance = 0.5): string[] {
	const pairs: string[] = [];
	for (let i = 0; i < shown.length; i++)
		for (let j = i + 1; j < shown.length; j++) {
			const a = shown[i]!;
			const b = shown[j]!;
			if (-separation(a.shape, b.shape) > tolerance) pairs.push(`${a.id} / ${b.id}`);
		}
	return pairs;
}
