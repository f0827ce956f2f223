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

/**
 * What one picture of the network shows beyond its positions, worked out at build time
 * (`networkPicture`, Node only) for a highlight and a view: each layout's camera, the nodes it
 * leaves out, the names it turns to another side, and where the words on the highlighted lines
 * sit. Compact, since it travels with the page: what is left out is the default (the whole
 * frame, nothing left out, every name on its layout's side, no words).
 */
export interface NetworkPicture {
	/** Camera of each layout that moves in: [zoom, x, y], a point p (percent of the frame)
	 * drawn at zoom·p + (x, y). */
	cameras?: Partial<Record<LayoutKind, [number, number, number]>>;
	/** Ids of the nodes each layout leaves out. */
	hidden?: Partial<Record<LayoutKind, string[]>>;
	/** Names on another side than the layout's, by node id. */
	sides?: Partial<Record<LayoutKind, Record<string, LabelSide>>>;
	/** The words on each highlighted line, by link id: their centre (percent of the frame) and
	 * turn (degrees), [x, y, angle], in each layout. */
	labels?: Record<string, Record<LayoutKind, [number, number, number]>>;
}

/** The pictures of a story's network: one for each step of its sections, by step id, and the
 * explorer's (the whole network, no words on the lines: the same whatever the reader picks). */
export interface StoryNetworkPictures {
	steps: Record<string, NetworkPicture>;
	explore: NetworkPicture;
}

// The story carries its network's layouts (computed at build time): the model leaves room for
// them (StoryLayouts) without knowing the network.
declare module '../../model/schema.js' {
	interface StoryLayouts {
		network?: NetworkLayouts & { pictures?: StoryNetworkPictures };
	}
}
