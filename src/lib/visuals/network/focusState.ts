/**
 * What the network shows at a moment: which nodes and links are brought forward, where the
 * camera of each layout points, which nodes the frame leaves out, where the words of the
 * highlighted links sit on their lines, and the notes numbered under the picture.
 *
 * Pure: the same model and highlight give the same state, on the server and in the browser,
 * so a step change is only a change of classes and a few custom properties.
 */
import { IDENTITY, type Camera } from './camera';
import { FRAMES, LAYOUT_KINDS, type LabelSide, type LayoutKind } from './geometry';
import type { GraphLink, GraphModel, Point } from './graphModel';
import { layoutPicture } from './picture';
import type { NetworkHighlight, NetworkLink, NetworkView } from './types';

export interface FocusOptions {
	/** `whole` (default): the whole network; `focus`: the camera moves in on the highlight. */
	view?: NetworkView;
	/** Nodes always in the frame and named, whatever the highlight (the story's main actors). */
	keep?: readonly string[];
	/** Write on each highlighted line what it is (default true). */
	linkLabels?: boolean;
}

/** A note under the picture, numbered as its mark on the lines it is about. */
export interface NoteView {
	n: number;
	text: string;
	links: string[];
}

/** The words on one highlighted line: where they sit in each layout (percent of its frame)
 * and how far they are turned to run along the line (degrees; 0: upright). */
export interface LabelView {
	text: string;
	at: Record<LayoutKind, Point>;
	angle: Record<LayoutKind, number>;
}

export interface FocusState {
	/** Nothing in particular is highlighted: everything is drawn at full strength. */
	all: boolean;
	/** Nodes brought forward. */
	lit: ReadonlySet<string>;
	/** Links brought forward. */
	links: ReadonlySet<string>;
	/** Nodes not drawn in each layout: outside its frame, or under a highlighted line's words. */
	hidden: Record<LayoutKind, ReadonlySet<string>>;
	/** Nodes whose name sits on another side than the layout's in this picture, to leave room
	 * for the words on a highlighted line. */
	sides: Record<LayoutKind, ReadonlyMap<string, LabelSide>>;
	/** The words on highlighted lines, by link id. */
	labels: ReadonlyMap<string, LabelView>;
	notes: NoteView[];
	/** Camera of each layout, in percent of its frame: p (percent) is drawn at s·p + (x, y). */
	cameras: Record<LayoutKind, Camera>;
	/** The notes are written over the bottom of the picture, which the camera keeps free (a
	 * closer view); otherwise they go under it. */
	notesOver: boolean;
}

const SUPERSCRIPTS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');

/** Numbers the notes of `links`, one number per distinct text, in link order. */
export function numberNotes(links: readonly GraphLink[]): NoteView[] {
	const notes: NoteView[] = [];
	for (const link of links) {
		if (!link.note) continue;
		const found = notes.find((n) => n.text === link.note);
		if (found) found.links.push(link.id);
		else notes.push({ n: notes.length + 1, text: link.note, links: [link.id] });
	}
	return notes;
}

/** A node and its neighbourhood: it, every link it has, and the nodes at their other end. */
export function neighbourhood(links: readonly NetworkLink[], id: string): NetworkHighlight {
	const own = links.filter((l) => l.source === id || l.target === id);
	return { nodes: [id], links: own.flatMap((l) => (l.id ? [l.id] : [])) };
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

/** Characters a line of notes holds on a phone (12 px type in about 340 px). */
const NOTE_LINE_CHARS = 50;

/** How many lines of notes a highlight writes under the picture on a phone, about. */
export function noteLineCount(links: readonly NetworkLink[], highlight: NetworkHighlight): number {
	const named = new Set(highlight.links ?? []);
	const texts = new Set(
		links.filter((l) => l.id && named.has(l.id) && l.label && l.note).map((l) => l.note!)
	);
	return [...texts].reduce((sum, text) => sum + Math.ceil((text.length + 3) / NOTE_LINE_CHARS), 0);
}

/** The words drawn on a line: its label, and the number of its note. */
export function labelText(link: GraphLink, notes: readonly NoteView[]): string {
	const note = notes.find((n) => n.links.includes(link.id));
	return note ? `${link.label}${superscript(note.n)}` : link.label;
}

const toPercent = (p: Point, kind: LayoutKind): Point => {
	const round = (v: number) => Math.round(v * 100) / 100;
	return {
		x: round((p.x / FRAMES[kind].width) * 100),
		y: round((p.y / FRAMES[kind].height) * 100)
	};
};

const cache = new WeakMap<GraphModel, Map<string, FocusState>>();

/**
 * `focusState`, remembered for each model: a section works its steps out once, when the
 * browser is idle (see Network.svelte's `prepare`), so a step change is only a look-up.
 */
export function cachedFocusState(
	model: GraphModel,
	highlight: NetworkHighlight | null | undefined,
	options: FocusOptions = {}
): FocusState {
	const key = JSON.stringify([highlight ?? null, options]);
	let states = cache.get(model);
	if (!states) cache.set(model, (states = new Map()));
	let state = states.get(key);
	if (!state) states.set(key, (state = focusState(model, highlight, options)));
	return state;
}

/** The state of the picture for a highlight (`null` or empty: the whole network, nothing singled out). */
export function focusState(
	model: GraphModel,
	highlight: NetworkHighlight | null | undefined,
	options: FocusOptions = {}
): FocusState {
	const { view = 'whole', keep = [], linkLabels = true } = options;
	const named = new Set(highlight?.links ?? []);
	const litLinks = model.links.filter((l) => named.has(l.id));
	const all = litLinks.length === 0 && (highlight?.nodes ?? []).length === 0;
	const lit = new Set<string>(all ? model.nodes.map((n) => n.id) : (highlight?.nodes ?? []));
	for (const l of litLinks) lit.add(l.source).add(l.target);
	for (const id of lit) if (!model.node.has(id)) lit.delete(id);
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
	const links = new Set(litLinks.map((l) => l.id));
	return { all, lit, links, hidden, sides, labels, notes, cameras, notesOver };
}
