/**
 * Sizes shared by the build-time layout and the component that draws it: the layout keeps
 * labels apart using the same boxes that the CSS draws. Change one, change both (the CSS in
 * NetworkGraph.svelte reads these numbers as custom properties).
 */
import type { Entity } from '../../story/schema.js';

export type LayoutKind = 'wide' | 'narrow';

export interface Typography {
	/** Node label size, px. */
	font: number;
	/** Link label size, px. */
	linkFont: number;
	/** Width and height of a node's marker (circle or square), px. */
	marker: number;
}

export const TYPOGRAPHY: Record<LayoutKind, Typography> = {
	wide: { font: 13, linkFont: 12, marker: 14 },
	narrow: { font: 12, linkFont: 12, marker: 12 }
};

/** The smallest frame each layout is made for, px. The wide layout is used from this size up. */
export const FRAMES: Record<LayoutKind, { width: number; height: number }> = {
	wide: { width: 600, height: 440 },
	narrow: { width: 340, height: 360 }
};

/** Space between marker and label, and the label's padding, px; line height as a factor. */
export const LABEL = { gap: 3, padX: 4, padY: 1, lineHeight: 1.25 } as const;

/** A box relative to a node's centre, px. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Height of a label box at `font` px. */
export function labelHeight(font: number): number {
	return Math.ceil(font * LABEL.lineHeight) + 2 * LABEL.padY;
}

/** Where a node's label sits: under its marker, or beside it. */
export type LabelSide = 'below' | 'left' | 'right';

/** The box a node and its label cover, around the node's centre. */
export function nodeBox(kind: LayoutKind, labelWidth: number, side: LabelSide): Box {
	const { font, marker } = TYPOGRAPHY[kind];
	const m = marker / 2;
	if (side === 'below') {
		const half = Math.max(labelWidth, marker) / 2;
		return { left: -half, right: half, top: -m, bottom: m + LABEL.gap + labelHeight(font) };
	}
	const half = Math.max(marker, labelHeight(font)) / 2;
	const reach = m + LABEL.gap + labelWidth;
	return side === 'right'
		? { left: -m, right: reach, top: -half, bottom: half }
		: { left: -reach, right: m, top: -half, bottom: half };
}

/** The words on a node: the short name where there is one. */
export function nodeLabel(entity: Pick<Entity, 'name' | 'short'>): string {
	return entity.short ?? entity.name;
}
