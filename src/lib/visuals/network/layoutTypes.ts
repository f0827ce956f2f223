/**
 * The shape of a network layout, as it travels from the build to the reader: plain numbers.
 * No dependencies: the components import these types; only the build imports `layout.ts`,
 * which computes them.
 */
import type { LabelSide, LayoutKind } from './geometry.js';

/** Where one node sits. */
export interface NodePlacement {
	/** Centre of the node, in percent of the frame's width (0–100). */
	x: number;
	/** Centre of the node, in percent of the frame's height (0–100). */
	y: number;
	/** Width of the node's label box, in px at the layout's font size. */
	w: number;
	/** Where the label sits: below the marker, or to its left or right. */
	side: LabelSide;
}

/** One arrangement of the whole network, made for frames of `width` × `height` px or more. */
export interface NetworkLayout {
	/** The frame (px) it was made for; it is drawn at this shape, scaled, in larger frames. */
	width: number;
	height: number;
	/** Placement of every node, by id. */
	nodes: Record<string, NodePlacement>;
	/** Lines bent to pass a node they would cross, by link id: how far the middle of the line
	 * moves, px, to the left of the way from its end with the first id to the other. */
	bends?: Record<string, number>;
}

/** One layout for each kind of frame (phones, landscape strips, large frames). */
export type NetworkLayouts = Record<LayoutKind, NetworkLayout>;

// The story carries its network's layouts (computed at build time): the model leaves room for
// them (StoryLayouts) without knowing the network.
declare module '../../model/schema.js' {
	interface StoryLayouts {
		network?: NetworkLayouts;
	}
}
