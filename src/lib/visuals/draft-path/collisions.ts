/**
 * The draft-path diagram's collision check at any frame size, in either orientation: which
 * orientation the frame gets, and every place where text would touch text (or a dot, a line,
 * the frame's edge). Tests run it on real data at phone, tablet and desktop sizes.
 */
import type { DraftPathGeometry } from './draftPathGeometry';
import { legendHeight, NARROW_TEXT_GAP } from './draftPathGeometry';
import { measureParts, SAFETY } from './labelContent';
import { wideCollisions, type WidePlacement } from './labelPlacement';
import { NARROW, TYPE, WIDE_MIN } from './metrics';
import { textWidth } from './textMetrics';
import type { Size } from './wideFrame';

export type Orientation = 'wide' | 'narrow';

/** The orientation a frame of this size shows (DraftPath.svelte's container query). */
export function orientationFor(size: Size): Orientation {
	return size.width >= WIDE_MIN.width && size.height >= WIDE_MIN.height ? 'wide' : 'narrow';
}

/**
 * Collisions in the narrow diagram at a frame width: a row whose text needs more height than
 * its row has (it would run into the next), lanes' names closer than a line apart or taller
 * than their space, a legend taller than its space.
 */
export function narrowCollisions(geometry: DraftPathGeometry, width: number): string[] {
	const narrow = geometry.narrow;
	const out: string[] = [];
	const textWidthHere = width - narrow.gutter - NARROW_TEXT_GAP;
	for (const row of narrow.layout.rows) {
		const needed = measureParts(narrow.parts.get(row.stage.id) ?? [], textWidthHere).h;
		if (needed + NARROW.rowGap / 2 > row.height)
			out.push(`row ${row.stage.id} needs ${needed}px of ${row.height}px`);
	}
	if (NARROW.trackGap < TYPE.laneLabel.lineHeight) out.push('lane names closer than a line apart');
	for (const track of narrow.layout.tracks) {
		const length = textWidth(track.lane.label, TYPE.laneLabel) * SAFETY;
		if (length > narrow.laneNamesHeight - NARROW.headerGap)
			out.push(`lane name ${track.lane.id} longer than its space`);
	}
	if (legendHeight(geometry.legend, width) > narrow.legendHeight)
		out.push('legend taller than its space');
	return out;
}

/** Every collision at a frame size, in the orientation that size shows. */
export function collisionsAt(
	geometry: DraftPathGeometry,
	placement: WidePlacement,
	size: Size
): string[] {
	return orientationFor(size) === 'wide'
		? wideCollisions(geometry.wide, placement, size)
		: narrowCollisions(geometry, size.width);
}
