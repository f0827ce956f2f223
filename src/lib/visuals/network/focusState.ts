/**
 * The picture the network shows for a highlight, worked out at build time: where the camera
 * of each layout points, which nodes the frame leaves out, which names turn to another side,
 * and where the words of the highlighted lines sit on their lines (picture.ts, a search). The
 * result travels as a compact `NetworkPicture` (`compactPicture`); the components unpack it
 * with focus.ts's `focusOf`, which gives back this same state.
 *
 * Node only, like layout.ts: nothing here may be imported by a component.
 */
import { IDENTITY, emphasis, labelText, numberNotes } from './focus.js';
import type { Camera, FocusState, NoteView } from './focus.js';
import { FRAMES, LAYOUT_KINDS, type LabelSide, type LayoutKind } from './geometry.js';
import type { GraphModel, Point } from './graphModel.js';
import type { NetworkPicture } from './layoutTypes.js';
import { layoutPicture } from './picture.js';
import type { NetworkHighlight, NetworkView } from './types.js';

export type { FocusState };

export interface FocusOptions {
	/** `whole` (default): the whole network; `focus`: the camera moves in on the highlight. */
	view?: NetworkView;
	/** Nodes always in the frame and named, whatever the highlight (the story's main actors). */
	keep?: readonly string[];
	/** Write on each highlighted line what it is (default true). */
	linkLabels?: boolean;
}

/** Line height of the notes, px, and the width of one of their characters at most, px. */
const NOTE_LINE = 15;
const NOTE_CHAR = 6.4;

/** Room the notes take at the bottom of a layout's frame, px: their lines, padding, rule. */
export function notesReserve(notes: readonly NoteView[], kind: LayoutKind): number {
	if (notes.length === 0) return 0;
	const perLine = Math.floor((FRAMES[kind].width - 12) / NOTE_CHAR);
	const lines = notes.reduce((sum, n) => sum + Math.ceil((n.text.length + 3) / perLine), 0);
	return lines * NOTE_LINE + 10;
}

const toPercent = (p: Point, kind: LayoutKind): Point => {
	const round = (v: number) => Math.round(v * 100) / 100;
	return {
		x: round((p.x / FRAMES[kind].width) * 100),
		y: round((p.y / FRAMES[kind].height) * 100)
	};
};

/** The state of the picture for a highlight (`null` or empty: the whole network, nothing singled out). */
export function focusState(
	model: GraphModel,
	highlight: NetworkHighlight | null | undefined,
	options: FocusOptions = {}
): FocusState {
	const { view = 'whole', keep = [], linkLabels = true } = options;
	const { all, lit, links, litLinks } = emphasis(model, highlight);
	const kept = keep.filter((id) => model.node.has(id));

	const labelled = linkLabels && !all ? litLinks.filter((l) => l.label !== '') : [];
	const notes = numberNotes(labelled);
	const texts = labelled.map((link) => ({ link, text: labelText(link, notes) }));

	const hidden = {} as Record<LayoutKind, Set<string>>;
	const sides = {} as Record<LayoutKind, Map<string, LabelSide>>;
	const cameras = {} as Record<LayoutKind, Camera>;
	const at = new Map<string, Record<LayoutKind, Point>>(labelled.map((l) => [l.id, {} as never]));
	const angle = new Map<string, Record<LayoutKind, number>>(
		labelled.map((l) => [l.id, {} as never])
	);
	const zoom = view === 'focus' && !all;
	const notesOver = zoom && notes.length > 0;
	for (const kind of LAYOUT_KINDS) {
		const reserve = notesOver ? notesReserve(notes, kind) : 0;
		const { camera, out, turned, placed } = layoutPicture({
			model,
			kind,
			lit,
			kept,
			texts,
			zoom,
			reserve
		});
		for (const [id, label] of placed) {
			at.get(id)![kind] = toPercent(label.at, kind);
			angle.get(id)![kind] = label.angle;
		}
		hidden[kind] = out;
		sides[kind] = turned;
		cameras[kind] = camera === IDENTITY ? IDENTITY : { s: camera.s, ...toPercent(camera, kind) };
	}
	const labels = new Map(
		texts.map(({ link, text }) => [
			link.id,
			{ text, at: at.get(link.id)!, angle: angle.get(link.id)! }
		])
	);
	return { all, lit, links, hidden, sides, labels, notes, cameras, notesOver };
}

/** A state as the page carries it: only what the highlight alone does not give back, and only
 * where it differs from the plain picture. */
export function compactPicture(state: FocusState): NetworkPicture {
	const picture: NetworkPicture = {};
	for (const kind of LAYOUT_KINDS) {
		const c = state.cameras[kind];
		if (c !== IDENTITY) (picture.cameras ??= {})[kind] = [c.s, c.x, c.y];
		if (state.hidden[kind].size > 0) (picture.hidden ??= {})[kind] = [...state.hidden[kind]];
		if (state.sides[kind].size > 0)
			(picture.sides ??= {})[kind] = Object.fromEntries(state.sides[kind]);
	}
	for (const [id, label] of state.labels) {
		const place = (k: LayoutKind) => [label.at[k].x, label.at[k].y, label.angle[k]];
		(picture.labels ??= {})[id] = Object.fromEntries(
			LAYOUT_KINDS.map((k) => [k, place(k)])
		) as Record<LayoutKind, [number, number, number]>;
	}
	return picture;
}
