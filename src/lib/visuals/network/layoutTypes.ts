/**
 * The shape of a network layout, as it travels from the build to the reader: plain numbers.
 * No dependencies: the story schema and the components import these types; only the build
 * imports `layout.ts`, which computes them.
 */

/** Where one node sits. */
export interface NodePlacement {
	/** Centre of the node, in percent of the frame's width (0–100). */
	x: number;
	/** Centre of the node, in percent of the frame's height (0–100). */
	y: number;
	/** Width of the node's label box, in px at the layout's font size. */
	w: number;
	/** Where the label sits: below the marker, or to its left or right. */
	side: 'below' | 'left' | 'right';
}

/** One arrangement of the whole network, made for frames of at least `width` × `height` px. */
export interface NetworkLayout {
	/** The smallest frame (px) in which no two labels overlap. Larger frames only spread out. */
	width: number;
	height: number;
	/** Placement of every entity, by id. */
	nodes: Record<string, NodePlacement>;
}

/** A layout for wide frames (desktop) and one for narrow frames (phones). */
export interface NetworkLayouts {
	wide: NetworkLayout;
	narrow: NetworkLayout;
}
