/**
 * What the draft path's labels say, in one place, so the picture, its narrow rows, the legend
 * and the text alternative say the same thing: the words (a status, a denial, a date, a flow
 * told where it leaves); the parts of each label (title, status, denial, quote…) with their
 * type; the labels of the wide diagram and what each hangs from; and the size of a label when
 * its lines wrap at a given width, estimated from the fonts' metrics (so labels are placed at
 * build time, without a browser).
 */
import { STATUS_LABELS, type Status } from '../../model/status';
import { formatDayRange } from '../../ui/dates';
import type { Point } from './curve';
import type { Route, WideGeometry } from './layout';
import type {
	DraftPathDenial,
	DraftPathFlow,
	DraftPathLane,
	DraftPathProvenance,
	DraftPathStage,
	FlowKind
} from './model';
import { INDENT, TYPE } from './model';
import { textWidth, wrapText, type TextStyle } from '../textMetrics';

// --- Words -----------------------------------------------------------------------------------

/** What moved along a flow, as the legend and the rows say it. */
export const FLOW_KIND_LABELS: Record<FlowKind, string> = {
	paper: 'The paper',
	pressure: 'Pressure',
	report: 'A report',
	contact: 'A contact'
};
export const FLOW_KINDS: readonly FlowKind[] = ['paper', 'pressure', 'report', 'contact'];
export const STATUS_ORDER: readonly Status[] = ['documented', 'reported', 'claimed', 'disputed'];

/** "Claimed by The Insider", "Reported · Reuters", "Disputed": a status as a label says it,
 * naming up to `sources` of its sources. */
export function statusText(item: DraftPathProvenance, sources = 0): string {
	const status = item.status ?? 'documented';
	const word = item.words?.status ?? STATUS_LABELS[status];
	if (status === 'claimed' && item.claimant)
		return `${word} ${item.words?.by ?? 'by'} ${item.claimant}`;
	const names = (item.sources ?? []).filter((s) => s !== item.claimant).slice(0, sources);
	return [word, ...names].join(' · ');
}

/** A stage's date as the diagram shows it: its own label ("Late Jan.") or "Oct. 24–26". */
export function stageDate(stage: Pick<DraftPathStage, 'date' | 'end' | 'dateLabel'>): string {
	return stage.dateLabel ?? formatDayRange(stage.date, stage.end);
}

/** A status worth writing out: documented is what a plain dot or a solid line says. */
export function writtenStatus(item: DraftPathProvenance, flow: boolean): boolean {
	const status = item.status ?? 'documented';
	if (status === 'documented') return false;
	// A disputed thing with its denial shows the denial instead; a reported stage shows it by
	// its half dot, a reported flow only in words (its line is solid, as a documented one).
	if (status === 'disputed') return !item.denial;
	return flow || status === 'claimed';
}

// --- Parts -----------------------------------------------------------------------------------

/** One paragraph of a label. */
export interface LabelPart {
	text: string;
	style: TextStyle;
	/** What it says, for the component to style it (and to make a denial a button). */
	role: 'meta' | 'title' | 'status' | 'denial' | 'quote' | 'by' | 'caption' | 'flow';
	/** Space left of the text (for a glyph or a quote's rule), and above the part. */
	indent?: number;
	gapBefore?: number;
	/** The status its glyph shows (status and flow parts). */
	status?: Status;
	/** The denial a denial part opens. */
	denial?: DraftPathDenial;
	/** A flow told in a row: its words show once it is drawn. */
	flow?: { id: string; kind: FlowKind };
	/** The first words on a flow in the wide diagram: a sample of its line goes before them. */
	line?: { kind: FlowKind; status: Status };
	/** What it says in the wide diagram's compact tier, if that differs; null: nothing. */
	compact?: string | null;
}

/** A status part (if written) and a denial part, in a style; in the picture a flow names its
 * first source (its line cannot say it is reported). */
function provenanceParts(item: DraftPathProvenance, flow: boolean, style: TextStyle) {
	const parts: LabelPart[] = [];
	const status = item.status ?? 'documented';
	const text = statusText(item, flow ? 1 : 0);
	const word = item.words?.status ?? STATUS_LABELS[status];
	const glyph = { style, indent: INDENT.glyph, gapBefore: 1 };
	if (writtenStatus(item, flow))
		// Compact: the word alone; who claims it is in the rows and the text alternative.
		parts.push({ ...glyph, text, role: 'status', status, ...(text !== word && { compact: word }) });
	if (item.denial)
		parts.push({
			...glyph,
			text: `${item.words?.deniedBy ?? 'Denied by'} ${item.denial.by}`,
			role: 'denial',
			// Its glyph is the struck ring of a disputed thing, whatever the status of what it denies.
			status: 'disputed',
			denial: item.denial
		});
	return parts;
}

/** A stage's label on the wide diagram: its name, then any claim or denial. */
export function stageParts(stage: DraftPathStage): LabelPart[] {
	return [
		{ text: stage.label, style: TYPE.title, role: 'title' },
		...provenanceParts(stage, false, TYPE.status)
	];
}

/** The words a stage quotes, and who said them, in a style for each. */
export function quoteParts(
	quote: NonNullable<DraftPathStage['quote']>,
	[words, by]: [TextStyle, TextStyle] = [TYPE.quote, TYPE.status]
): LabelPart[] {
	const text = `${quote.marks?.open ?? '“'}${quote.text}${quote.marks?.close ?? '”'}`;
	return [
		{ text, style: words, role: 'quote', indent: INDENT.quote },
		...(quote.by
			? [{ text: quote.by, style: by, role: 'by' as const, indent: INDENT.quote, gapBefore: 2 }]
			: [])
	];
}

/** A flow's label on the wide diagram: its words, its status unless documented, its denial. */
export function flowParts(flow: DraftPathFlow): LabelPart[] {
	const line = { kind: flow.kind ?? 'paper', status: flow.status ?? 'documented' };
	const caption: LabelPart[] = flow.label
		? [{ text: flow.label, style: TYPE.caption, role: 'caption', compact: null }]
		: [];
	// The first part shows a sample of the flow's line, to tell which line the words are on.
	const [first, ...rest] = [...caption, ...provenanceParts(flow, true, TYPE.status)];
	return first ? [{ ...first, line, indent: INDENT.line }, ...rest] : [];
}

/** The parts of a wide label, from its id: "stage:<id>", "quote:<id>" or "flow:<id>". */
export function labelParts(
	id: string,
	stages: ReadonlyMap<string, DraftPathStage>,
	flows: ReadonlyMap<string, DraftPathFlow>
): LabelPart[] {
	const [kind, of] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
	const [stage, flow] = [stages.get(of), flows.get(of)];
	if (kind === 'flow') return flow ? flowParts(flow) : [];
	if (kind === 'quote') return stage?.quote ? quoteParts(stage.quote) : [];
	return stage ? stageParts(stage) : [];
}

/** A label of the wide diagram: what it says and what it hangs from, its stage's dot (and
 * lane) or its flow; placement.ts places it. The compact tier leaves out the quotes. */
export interface LabelBase {
	id: string;
	kind: 'stage' | 'quote' | 'flow';
	parts: LabelPart[];
	anchor: Point;
	lane?: number;
	route?: Route;
}

export function labelBases(geometry: WideGeometry, compact: boolean): LabelBase[] {
	const { stages, routes } = geometry;
	const quotes = compact ? [] : stages.filter((s) => s.stage.quote);
	const at = (s: (typeof stages)[number], kind: 'stage' | 'quote', parts: LabelPart[]) => ({
		id: `${kind}:${s.stage.id}`,
		kind,
		parts,
		anchor: s.at,
		lane: s.lane
	});
	return [
		...quotes.map((s) => at(s, 'quote', quoteParts(s.stage.quote!))),
		...stages.map((s) => at(s, 'stage', stageParts(s.stage))),
		...routes
			.map((route) => ({
				id: `flow:${route.flow.id}`,
				kind: 'flow' as const,
				parts: flowParts(route.flow),
				anchor: route.curve.to,
				route
			}))
			.filter((b) => b.parts.some((p) => partText(p, compact)))
	];
}

/**
 * A stage's row in the narrow diagram: when and where, its name, its status and sources, the
 * words it quotes, its denial, and each flow that leaves it, in words, with its status and
 * denial (the tracks are too narrow to carry them): each account of where something went sits
 * in the row of where it comes from: "The paper → The 28-point plan: many of the 28 points".
 */
export function rowParts(
	stage: DraftPathStage,
	lanes: readonly DraftPathLane[],
	outgoing: readonly { flow: DraftPathFlow; to?: DraftPathStage }[]
): LabelPart[] {
	const lane = lanes.find((l) => l.id === stage.lane)?.label;
	const parts: LabelPart[] = [
		{
			text: [stageDate(stage), lane].filter(Boolean).join(' · '),
			style: TYPE.rowMeta,
			role: 'meta'
		},
		{ text: stage.label, style: TYPE.rowTitle, role: 'title' }
	];
	if (stage.status || stage.sources?.length)
		parts.push({
			text: statusText(stage, Infinity),
			style: TYPE.rowText,
			role: 'status',
			status: stage.status ?? 'documented',
			indent: INDENT.glyph,
			gapBefore: 2
		});
	if (stage.quote) {
		const [words, ...by] = quoteParts(stage.quote, [TYPE.rowQuote, TYPE.rowText]);
		parts.push({ ...words!, gapBefore: 6 }, ...by);
	}
	const denial = (item: DraftPathStage | DraftPathFlow) =>
		item.denial
			? provenanceParts({ denial: item.denial, words: item.words }, false, TYPE.rowText)
			: [];
	parts.push(...denial(stage));
	outgoing.forEach(({ flow, to }, i) => {
		const kind = flow.kindLabel ?? FLOW_KIND_LABELS[flow.kind ?? 'paper'];
		const said = `${kind}${to ? ` → ${to.label}` : ''}${flow.label ? `: ${flow.label}` : ''}.`;
		const claim = writtenStatus(flow, true) ? ` ${statusText(flow, Infinity)}.` : '';
		const of = { flow: { id: flow.id, kind: flow.kind ?? 'paper' } };
		parts.push(
			{
				text: said + claim,
				style: TYPE.rowText,
				role: 'flow',
				status: flow.status ?? 'documented',
				...of,
				indent: INDENT.flow,
				gapBefore: i === 0 ? 6 : 3
			},
			...denial(flow).map((p) => ({ ...p, ...of, indent: INDENT.flow + INDENT.glyph }))
		);
	});
	return parts;
}

// --- Sizes -----------------------------------------------------------------------------------

/** Estimates are made a little wider, as kerning, hinting and fallback fonts can make them. */
export const SAFETY = 1.04;

/** A type's size as an inline style. */
export const fontStyle = (type: TextStyle) =>
	`font-size:${type.size}px;line-height:${type.lineHeight}px`;

/** The part's type and indent as one inline style, exactly as measured; its size left out
 * where it is the one its label sets (`base`: TYPE.status wide, TYPE.rowText in a row). */
export function partStyle(part: LabelPart, base: TextStyle): string | undefined {
	const own = fontStyle(part.style) === fontStyle(base) ? [] : [fontStyle(part.style)];
	if (part.indent) own.push(`padding-left:${part.indent}px`);
	if (part.gapBefore) own.push(`margin-top:${part.gapBefore}px`);
	return own.join(';') || undefined;
}

/** What a part says in a tier: its text, or its compact text; null: it is not shown. */
export function partText(part: LabelPart, compact = false): string | null {
	return compact && part.compact !== undefined ? part.compact : part.text;
}

/**
 * The size of a label whose parts wrap at maxWidth (the browser breaks lines the same way): a
 * label set `width: max-content; max-width: maxWidth` is exactly maxWidth wide once a part
 * wraps; the height errs tall.
 */
export function measureParts(parts: readonly LabelPart[], maxWidth: number, compact = false) {
	let w = 0;
	let h = 0;
	for (const part of parts) {
		const text = partText(part, compact);
		const indent = part.indent ?? 0;
		const lines = text ? wrapText(text, (maxWidth - indent) / SAFETY, part.style) : [];
		if (!lines.length) continue;
		const widest = lines.length > 1 ? maxWidth : lineWidth(lines[0]!, part.style) + indent;
		w = Math.max(w, Math.min(maxWidth, widest));
		h += (part.gapBefore ?? 0) + lines.length * part.style.lineHeight;
	}
	return { w: Math.ceil(w), h: Math.ceil(h) };
}

/** A one-line text's width, estimated as the placement does. */
export function lineWidth(text: string, style: TextStyle): number {
	return textWidth(text, style) * SAFETY;
}
