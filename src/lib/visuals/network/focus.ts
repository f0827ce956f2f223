/**
 * What the network shows at a moment, as its components read it. Two parts:
 * - what is brought forward (`all`, `lit`, `links`): set logic on the highlight, worked out
 *   where the picture is drawn;
 * - the rest (each layout's camera, the nodes it leaves out, the names turned to another side,
 *   where the words of highlighted lines sit): a search, done at build time (focusState.ts,
 *   Node only) and shipped as a `NetworkPicture`, which `focusOf` only unpacks.
 * Pure and small: it runs in the browser.
 */
import { LAYOUT_KINDS, type LabelSide, type LayoutKind } from './geometry.js';
import type { GraphLink, GraphModel, Point } from './graphModel.js';
import type { NetworkPicture } from './layoutTypes.js';
import type { NetworkHighlight, NetworkLink, NetworkView } from './types.js';

/** Camera of one layout: a point p is drawn at s·p + (x, y). */
export interface Camera {
	s: number;
	x: number;
	y: number;
}

export const IDENTITY: Camera = { s: 1, x: 0, y: 0 };

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

/** What is brought forward. */
export interface Emphasis {
	/** Nothing in particular is highlighted: everything is drawn at full strength. */
	all: boolean;
	/** Nodes brought forward. */
	lit: ReadonlySet<string>;
	/** Links brought forward. */
	links: ReadonlySet<string>;
}

export interface FocusState extends Emphasis {
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

/** Nodes and links a highlight brings forward (`null` or empty: everything, `all`). */
export function emphasis(
	model: GraphModel,
	highlight: NetworkHighlight | null | undefined
): Emphasis & { litLinks: GraphLink[] } {
	const named = new Set(highlight?.links ?? []);
	const litLinks = model.links.filter((l) => named.has(l.id));
	const all = litLinks.length === 0 && (highlight?.nodes ?? []).length === 0;
	const lit = new Set<string>(all ? model.nodes.map((n) => n.id) : (highlight?.nodes ?? []));
	for (const l of litLinks) lit.add(l.source).add(l.target);
	for (const id of lit) if (!model.node.has(id)) lit.delete(id);
	return { all, lit, links: new Set(litLinks.map((l) => l.id)), litLinks };
}

/** A node and its neighbourhood: it, every link it has, and the nodes at their other end. */
export function neighbourhood(links: readonly NetworkLink[], id: string): NetworkHighlight {
	const own = links.filter((l) => l.source === id || l.target === id);
	return { nodes: [id], links: own.flatMap((l) => (l.id ? [l.id] : [])) };
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

/** The words drawn on a line: its label, and the number of its note. */
export function labelText(link: GraphLink, notes: readonly NoteView[]): string {
	const note = notes.find((n) => n.links.includes(link.id));
	return note ? `${link.label}${superscript(note.n)}` : link.label;
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

const perLayout = <T>(make: (kind: LayoutKind) => T) =>
	Object.fromEntries(LAYOUT_KINDS.map((k) => [k, make(k)])) as Record<LayoutKind, T>;

/**
 * The state of the picture: what `highlight` brings forward, and what the build worked out
 * for it (`picture`, from `networkPicture`). Without a picture, the whole network stays in
 * frame, every name on its layout's side, and no words are written on the lines.
 */
export function focusOf(
	model: GraphModel,
	highlight: NetworkHighlight | null | undefined,
	picture: NetworkPicture | undefined,
	view: NetworkView = 'whole'
): FocusState {
	const { all, lit, links } = emphasis(model, highlight);
	const placed = picture?.labels ?? {};
	const labelled = all ? [] : model.links.filter((l) => links.has(l.id) && placed[l.id]);
	const notes = numberNotes(labelled);
	const labels = new Map(
		labelled.map((link) => {
			const at = placed[link.id]!;
			const words: LabelView = {
				text: labelText(link, notes),
				at: perLayout((k) => ({ x: at[k][0], y: at[k][1] })),
				angle: perLayout((k) => at[k][2])
			};
			return [link.id, words];
		})
	);
	return {
		all,
		lit,
		links,
		hidden: perLayout((k) => new Set(picture?.hidden?.[k] ?? [])),
		sides: perLayout((k) => new Map(Object.entries(picture?.sides?.[k] ?? {}))),
		labels,
		notes,
		cameras: perLayout((k) => {
			const c = picture?.cameras?.[k];
			return c ? { s: c[0], x: c[1], y: c[2] } : IDENTITY;
		}),
		notesOver: view === 'focus' && !all && notes.length > 0
	};
}
