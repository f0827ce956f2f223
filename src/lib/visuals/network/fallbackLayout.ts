/**
 * A stand-in for the build-time layout, for a network drawn without positions: its nodes on a
 * circle, each label pointing outwards, the circle as large as the labels allow, so that no
 * label is cut by the frame. Labels may still cross, which is why the picture then says that
 * its positions are missing (see Network.svelte). Pure and small: it runs in the browser.
 */
import { FADE, FRAMES, LABEL, LAYOUT_KINDS, nodeBox, type LayoutKind } from './geometry.js';
import type { NetworkLayout, NetworkLayouts, NodePlacement } from './layoutTypes.js';
import { lineStyle, textWidth } from '../textMetrics.js';
import type { NetworkNode } from './types.js';

const round = (v: number) => Math.round(v * 100) / 100;

function circle(nodes: readonly Pick<NetworkNode, 'id' | 'label'>[], kind: LayoutKind) {
	const { width, height, font } = FRAMES[kind];
	const placed = nodes.map((node, i) => {
		const angle = (i / Math.max(1, nodes.length)) * 2 * Math.PI - Math.PI / 2;
		const cos = Math.cos(angle);
		const sin = Math.sin(angle);
		const w = Math.ceil(textWidth(node.label, lineStyle(font)) + 2 * LABEL.padX);
		// Near the top and bottom a label sits under its marker; elsewhere it points outwards.
		const side: NodePlacement['side'] = Math.abs(cos) < 0.3 ? 'below' : cos > 0 ? 'right' : 'left';
		return { id: node.id, cos, sin, w, side, box: nodeBox(kind, w, side) };
	});
	// The largest radius at which every box stays inside the frame, less the fading edge.
	let r = Math.min(width, height) / 2;
	for (const p of placed) {
		const room = (reach: number, half: number) => half - FADE - Math.abs(reach);
		if (p.cos > 0.01) r = Math.min(r, room(p.box.right, width / 2) / p.cos);
		if (p.cos < -0.01) r = Math.min(r, room(p.box.left, width / 2) / -p.cos);
		if (p.sin > 0.01) r = Math.min(r, room(p.box.bottom, height / 2) / p.sin);
		if (p.sin < -0.01) r = Math.min(r, room(p.box.top, height / 2) / -p.sin);
	}
	r = Math.max(r, 10);
	const layout: NetworkLayout = { width, height, nodes: {} };
	for (const p of placed) {
		layout.nodes[p.id] = {
			x: round(((width / 2 + r * p.cos) / width) * 100),
			y: round(((height / 2 + r * p.sin) / height) * 100),
			w: p.w,
			side: p.side
		};
	}
	return layout;
}

/** Every kind of layout, as a circle. */
export function circleLayouts(nodes: readonly Pick<NetworkNode, 'id' | 'label'>[]): NetworkLayouts {
	return Object.fromEntries(
		LAYOUT_KINDS.map((kind) => [kind, circle(nodes, kind)])
	) as NetworkLayouts;
}

/** Ids of the nodes that `layouts` has no place for, in one kind of frame or more. */
export function missingPositions(
	nodes: readonly Pick<NetworkNode, 'id'>[],
	layouts: Partial<NetworkLayouts> | undefined
): string[] {
	return nodes
		.filter((node) => LAYOUT_KINDS.some((kind) => !layouts?.[kind]?.nodes[node.id]))
		.map((node) => node.id);
}
