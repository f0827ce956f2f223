/**
 * What the network shows at a moment: which nodes and links are lit, what the lit lines say,
 * which claims need their claimant named, and where the camera points in each layout.
 *
 * Pure: the same model and focus give the same state, on the server and in the browser, so a
 * step change is only a change of classes and a few custom properties.
 */
import type { Link, SectionOf } from '../../story/schema';
import { LINK_TYPES_SHORT } from '../../story/linkTypes';
import { isEstablished } from '../../story/status';
import { formatDayRange } from '../../ui/dates';
import { FRAMES, TYPOGRAPHY, labelHeight, nodeBox, type LayoutKind } from './geometry';
import type { GraphEdge, GraphModel } from './graphModel';

/** The nodes and links to light. `null` means nothing in particular: the whole network. */
export interface Focus {
	nodes: readonly string[];
	links: readonly string[];
}

/** How a line is drawn: solid (documented or reported), dashed (claimed), or disputed. */
export type LineStyle = 'solid' | 'dashed' | 'disputed';

/** A point in a layout, percent of the frame. */
export interface Point {
	x: number;
	y: number;
}

export interface EdgeView {
	lit: boolean;
	line: LineStyle;
	/** What the line says when lit ("call, Oct 14 · met"); empty when not labelled. */
	label: string;
	/** Where the label's centre goes in each layout (before the camera). */
	at?: Record<LayoutKind, Point>;
}

/** A claim or a denial that the picture must name, numbered as its mark on the lines. */
export interface ClaimNote {
	n: number;
	kind: 'claimed' | 'disputed';
	/** "Claimed by The Insider." / "Disputed: Ben Okafor denies it." */
	text: string;
	/** Ids of the links it is about. */
	links: string[];
}

/** Camera of one layout: a point p (percent) is drawn at s·p + (x, y). */
export interface Camera {
	s: number;
	x: number;
	y: number;
}

export interface FocusState {
	/** True when nothing in particular is in focus: everything drawn as lit. */
	all: boolean;
	nodes: ReadonlySet<string>;
	links: ReadonlySet<string>;
	edges: ReadonlyMap<string, EdgeView>;
	notes: ClaimNote[];
	cameras: Record<LayoutKind, Camera>;
}

export const IDENTITY: Camera = { s: 1, x: 0, y: 0 };

/** Most the camera zooms in, so that some context stays in the frame. */
export const MAX_ZOOM = 2;
/** Space kept free around lit nodes at the frame's edge, px. */
const MARGIN = 10;
/** Line height of the claim notes under the picture, px, and a rough glyph width in em. */
const NOTE_LINE = 15;
const NOTE_FONT = 12;
const NOTE_EM = 0.55;

/** The focus of a scrolly step: its nodes, its links and the nodes at both ends of them. */
export function stepFocus(section: SectionOf<'network'>, index: number): Focus | null {
	const step = section.steps[Math.max(0, Math.min(index, section.steps.length - 1))];
	if (!step || (step.nodes.length === 0 && step.links.length === 0)) return null;
	return { nodes: step.nodes, links: step.links };
}

/** The focus of one selected node: it, every link it has, and the nodes at their other end. */
export function nodeFocus(links: readonly Link[], id: string): Focus {
	const own = links.filter((l) => l.from === id || l.to === id);
	const nodes = new Set([id]);
	for (const l of own) nodes.add(l.from === id ? l.to : l.from);
	return { nodes: [...nodes], links: own.map((l) => l.id) };
}

/** Numbers the claims and disputes among `links`, one note per claimant or denial. */
export function claimNotes(links: readonly Link[]): ClaimNote[] {
	const notes: ClaimNote[] = [];
	const byKey = new Map<string, ClaimNote>();
	for (const link of links) {
		let key: string;
		let kind: ClaimNote['kind'];
		let text: string;
		if (link.status === 'claimed') {
			kind = 'claimed';
			key = `claimed|${link.claimant ?? ''}`;
			text = link.claimant ? `Claimed by ${link.claimant}.` : 'Claimed.';
		} else if (link.status === 'disputed') {
			kind = 'disputed';
			const denial = link.denial;
			key = `disputed|${denial?.by ?? ''}|${denial?.text ?? ''}`;
			const said = denial ? (denial.quote ? `“${denial.text}”` : denial.text) : '';
			text = denial ? `Disputed: ${denial.by}: ${said}` : 'Disputed.';
			if (link.claimant) text = `Claimed by ${link.claimant}. ${text}`;
		} else continue;
		const found = byKey.get(key);
		if (found) found.links.push(link.id);
		else {
			const note: ClaimNote = { n: notes.length + 1, kind, text, links: [link.id] };
			byKey.set(key, note);
			notes.push(note);
		}
	}
	return notes;
}

/** The line style for a set of links: solid when any of them stands up, dashed for claims. */
export function lineStyle(links: readonly Link[]): LineStyle {
	if (links.some((l) => isEstablished(l.status))) return 'solid';
	if (links.some((l) => l.status === 'disputed')) return 'disputed';
	return 'dashed';
}

const SUPERSCRIPTS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');

/** What a line says about its links: "call, Oct 14", "tie¹" (¹ numbers a claim note). */
export function edgeLabel(links: readonly Link[], notes: readonly ClaimNote[] = []): string {
	return links
		.map((link) => {
			let text: string = LINK_TYPES_SHORT[link.type];
			if ((link.type === 'call' || link.type === 'met') && link.date?.length === 10)
				text += `, ${formatDayRange(link.date)}`;
			const note = notes.find((n) => n.links.includes(link.id));
			return note ? text + superscript(note.n) : text;
		})
		.join(' · ');
}

/** Height the claim notes take under a frame of `width` px, estimated. */
export function notesHeight(notes: readonly ClaimNote[], width: number): number {
	const perLine = Math.max(1, Math.floor((width - 16) / (NOTE_FONT * NOTE_EM)));
	const lines = notes.reduce((sum, note) => sum + Math.ceil((note.text.length + 3) / perLine), 0);
	return lines === 0 ? 0 : lines * NOTE_LINE + 12;
}

/**
 * Points the camera of one layout at the lit nodes: as close as it can (up to MAX_ZOOM) with
 * every lit node and its label inside the frame, above the `reserve` px kept for notes.
 * Works in the layout's own frame; a larger frame only leaves more room.
 */
export function aimCamera(
	model: GraphModel,
	lit: ReadonlySet<string>,
	kind: LayoutKind,
	reserve = 0
): Camera {
	const { width, height } = FRAMES[kind];
	const boxes = [...lit].flatMap((id) => {
		const node = model.node.get(id);
		if (!node) return [];
		const p = node[kind];
		return [{ x: (p.x / 100) * width, y: (p.y / 100) * height, box: nodeBox(kind, p.w, p.side) }];
	});
	if (boxes.length === 0) return IDENTITY;
	const room = { x: width - 2 * MARGIN, y: height - 2 * MARGIN - reserve };

	// The largest zoom at which the lit boxes still fit, axis by axis, pair by pair.
	let s = MAX_ZOOM;
	for (const a of boxes) {
		for (const b of boxes) {
			const dx = b.x - a.x;
			if (dx > 0) s = Math.min(s, (room.x - (b.box.right - a.box.left)) / dx);
			const dy = b.y - a.y;
			if (dy > 0) s = Math.min(s, (room.y - (b.box.bottom - a.box.top)) / dy);
		}
	}
	s = Math.max(1, s);

	// Centre the lit boxes in the room.
	const lo = (f: (b: (typeof boxes)[number]) => number) => Math.min(...boxes.map(f));
	const hi = (f: (b: (typeof boxes)[number]) => number) => Math.max(...boxes.map(f));
	const left = lo((b) => s * b.x + b.box.left);
	const right = hi((b) => s * b.x + b.box.right);
	const top = lo((b) => s * b.y + b.box.top);
	const bottom = hi((b) => s * b.y + b.box.bottom);
	const tx = (width - (left + right)) / 2;
	const ty = MARGIN + (room.y - (bottom - top)) / 2 - top;
	const round = (v: number) => Math.round(v * 100) / 100;
	return { s: round(s), x: round((tx / width) * 100), y: round((ty / height) * 100) };
}

export interface FocusOptions {
	/** Move the camera to the lit nodes (scrolly); otherwise it shows the whole network. */
	zoom?: boolean;
	/** Write on the lit lines what they are (default true). */
	linkLabels?: boolean;
}

/** Rough width of a link label, px: its words at `font` px plus padding and border. */
export function edgeLabelWidth(text: string, font: number): number {
	return text.length * font * 0.6 + 12;
}

interface Rect {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const overlap = (a: Rect, b: Rect) =>
	Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
	Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Where along a line its label may sit, in order of preference (fractions of the line). */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];

/**
 * Places the labels of lit lines in one layout: on the line, as near its middle as it can
 * without covering a lit node's box, another label or the frame's edge; failing that, beside
 * the line's middle, a little further out each time; failing that, wherever it covers least. Works in the layout's own
 * frame with its camera, like `aimCamera`.
 */
export function placeEdgeLabels(
	model: GraphModel,
	lit: ReadonlySet<string>,
	labels: readonly { edge: GraphEdge; text: string }[],
	kind: LayoutKind,
	camera: Camera,
	reserve = 0
): Map<string, Point> {
	const { width, height } = FRAMES[kind];
	const { linkFont } = TYPOGRAPHY[kind];
	const h = labelHeight(linkFont);
	const screen = (p: Point) => ({
		x: ((camera.s * p.x + camera.x) / 100) * width,
		y: ((camera.s * p.y + camera.y) / 100) * height
	});
	const taken: Rect[] = [];
	for (const id of lit) {
		const node = model.node.get(id);
		if (!node) continue;
		const p = screen(node[kind]);
		const box = nodeBox(kind, node[kind].w, node[kind].side);
		taken.push({
			left: p.x + box.left,
			right: p.x + box.right,
			top: p.y + box.top,
			bottom: p.y + box.bottom
		});
	}
	const frame = { left: 0, right: width, top: 0, bottom: height - reserve };
	const placed = new Map<string, Point>();
	for (const { edge, text } of labels) {
		const a = model.node.get(edge.a)![kind];
		const b = model.node.get(edge.b)![kind];
		const w = edgeLabelWidth(text, linkFont);
		// Normal to the line on screen, for the places beside it.
		const sa = screen(a);
		const sb = screen(b);
		const len = Math.hypot(sb.x - sa.x, sb.y - sa.y) || 1;
		const nx = -(sb.y - sa.y) / len;
		const ny = (sb.x - sa.x) / len;
		const aside = Math.abs(nx) * (w / 2) + Math.abs(ny) * (h / 2) + 2;
		const candidates = [
			...ALONG.map((t) => ({ x: sa.x + t * (sb.x - sa.x), y: sa.y + t * (sb.y - sa.y) })),
			...[1, -1, 1.8, -1.8, 2.6, -2.6].map((side) => ({
				x: (sa.x + sb.x) / 2 + side * nx * aside,
				y: (sa.y + sb.y) / 2 + side * ny * aside
			}))
		];
		let best = candidates[0]!;
		let bestCost = Infinity;
		for (const c of candidates) {
			const rect = { left: c.x - w / 2, right: c.x + w / 2, top: c.y - h / 2, bottom: c.y + h / 2 };
			const inside = overlap(rect, frame);
			let cost = w * h - inside;
			for (const t of taken) cost += overlap(rect, t);
			// Less than a pixel of overlap is rounding: take the first such place.
			if (cost < 1) {
				best = c;
				break;
			}
			if (cost < bestCost) {
				bestCost = cost;
				best = c;
			}
		}
		taken.push({
			left: best.x - w / 2,
			right: best.x + w / 2,
			top: best.y - h / 2,
			bottom: best.y + h / 2
		});
		// Back to the layout's own percent, before the camera.
		const round = (v: number) => Math.round(v * 100) / 100;
		placed.set(edge.id, {
			x: round(((best.x / width) * 100 - camera.x) / camera.s),
			y: round(((best.y / height) * 100 - camera.y) / camera.s)
		});
	}
	return placed;
}

/** The state of the picture for a focus (`null`: the whole network, nothing singled out). */
export function focusState(
	model: GraphModel,
	focus: Focus | null,
	options: FocusOptions = {}
): FocusState {
	const all = focus === null;
	const linkIds = new Set(all ? model.edges.flatMap((e) => e.links.map((l) => l.id)) : focus.links);
	const nodes = new Set<string>(all ? model.nodes.map((n) => n.id) : focus.nodes);
	const edges = new Map<string, EdgeView>();
	const litLinks: Link[] = [];
	const litEdges: [GraphEdge, Link[]][] = [];
	for (const edge of model.edges) {
		const lit = edge.links.filter((l) => linkIds.has(l.id));
		if (!all && lit.length > 0) {
			nodes.add(edge.a);
			nodes.add(edge.b);
		}
		litLinks.push(...lit);
		if (lit.length > 0) litEdges.push([edge, lit]);
	}
	// In the whole network lines are not labelled (there is no room); claims are still marked
	// by their dashes, and named in the table and the explorer.
	const labelled = !all && options.linkLabels !== false;
	const notes = labelled ? claimNotes(litLinks) : [];
	const reserve = (kind: LayoutKind) => notesHeight(notes, FRAMES[kind].width);
	const aim = (kind: LayoutKind) =>
		options.zoom && !all ? aimCamera(model, nodes, kind, reserve(kind)) : IDENTITY;
	const cameras = { wide: aim('wide'), narrow: aim('narrow') };
	const labels = labelled
		? litEdges.map(([edge, lit]) => ({ edge, text: edgeLabel(lit, notes) }))
		: [];
	const at = {
		wide: placeEdgeLabels(model, nodes, labels, 'wide', cameras.wide, reserve('wide')),
		narrow: placeEdgeLabels(model, nodes, labels, 'narrow', cameras.narrow, reserve('narrow'))
	};
	for (const edge of model.edges) {
		const lit = litEdges.find(([e]) => e === edge)?.[1];
		const label = labels.find((l) => l.edge === edge);
		edges.set(edge.id, {
			lit: lit !== undefined,
			line: lineStyle(lit ?? edge.links),
			label: label?.text ?? '',
			at: label ? { wide: at.wide.get(edge.id)!, narrow: at.narrow.get(edge.id)! } : undefined
		});
	}
	return { all, nodes, links: new Set(litLinks.map((l) => l.id)), edges, notes, cameras };
}

/** Height of a link label box at the layout's link font, px (for overlap checks). */
export function edgeLabelHeight(kind: LayoutKind): number {
	return labelHeight(TYPOGRAPHY[kind].linkFont);
}
