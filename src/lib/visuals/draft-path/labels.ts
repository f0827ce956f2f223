/**
 * What the draft path's labels say, in one place, so the picture, its narrow rows and the text
 * alternative say the same thing: the parts of each label (title, status, denial, quote…) with
 * their type, in the words of words.ts; the labels of the wide diagram and what each hangs
 * from; and the size of a label when its lines wrap at a given width, estimated from the fonts'
 * metrics (so labels can be placed without a browser).
 */
import { STATUS_LABELS, type Status } from '../../model/status';
import type { Point, Route, WideGeometry } from './layout';
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
import { denialText, outgoingFlowText, stageDate, statusText, writtenStatus } from './words';

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

function provenanceParts(item: DraftPathProvenance, flow: boolean, small: TextStyle): LabelPart[] {
	const parts: LabelPart[] = [];
	const status = item.status ?? 'documented';
	// In the picture a flow names its first source (its line cannot say it is reported).
	const text = statusText(item, flow ? 1 : 0);
	const word = item.words?.status ?? STATUS_LABELS[status];
	if (writtenStatus(item, flow))
		parts.push({
			text,
			style: small,
			role: 'status',
			status,
			indent: INDENT.glyph,
			gapBefore: 1,
			// Compact: the word alone; who claims it is in the rows and the text alternative.
			...(text !== word && { compact: word })
		});
	if (item.denial)
		parts.push({
			text: denialText(item.denial, item.words?.deniedBy),
			style: small,
			role: 'denial',
			// Its glyph is the struck ring of a disputed thing, whatever the status of what it denies.
			status: 'disputed',
			denial: item.denial,
			indent: INDENT.glyph,
			gapBefore: 1
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

/** The words a stage quotes, on the wide diagram. */
export function quoteParts(quote: NonNullable<DraftPathStage['quote']>): LabelPart[] {
	const parts: LabelPart[] = [
		{
			text: `${quote.marks?.open ?? '“'}${quote.text}${quote.marks?.close ?? '”'}`,
			style: TYPE.quote,
			role: 'quote',
			indent: INDENT.quote
		}
	];
	if (quote.by)
		parts.push({
			text: quote.by,
			style: TYPE.status,
			role: 'by',
			indent: INDENT.quote,
			gapBefore: 2
		});
	return parts;
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
 * lane) or its flow; a quote's, a stage's and a flow's words, which the search (placement.ts)
 * places. The compact tier leaves out the quotes. */
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
	return [
		...quotes.map((s) => ({
			id: `quote:${s.stage.id}`,
			kind: 'quote' as const,
			parts: quoteParts(s.stage.quote!),
			anchor: s.at,
			lane: s.lane
		})),
		...stages.map((s) => ({
			id: `stage:${s.stage.id}`,
			kind: 'stage' as const,
			parts: stageParts(s.stage),
			anchor: s.at,
			lane: s.lane
		})),
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
 * in the row of where it comes from.
 */
export function rowParts(
	stage: DraftPathStage,
	lanes: readonly DraftPathLane[],
	outgoing: readonly { flow: DraftPathFlow; to?: DraftPathStage }[]
): LabelPart[] {
	const lane = lanes.find((l) => l.id === stage.lane)?.label;
	const status = stage.status ?? 'documented';
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
			status,
			indent: INDENT.glyph,
			gapBefore: 2
		});
	if (stage.quote) {
		parts.push({ ...quoteParts(stage.quote)[0]!, style: TYPE.rowQuote, gapBefore: 6 });
		if (stage.quote.by)
			parts.push({
				text: stage.quote.by,
				style: TYPE.rowText,
				role: 'by',
				indent: INDENT.quote,
				gapBefore: 2
			});
	}
	if (stage.denial)
		parts.push(
			...provenanceParts({ denial: stage.denial, words: stage.words }, false, TYPE.rowText)
		);
	outgoing.forEach(({ flow, to }, i) => {
		const claim = writtenStatus(flow, true) ? ` ${statusText(flow, Infinity)}.` : '';
		parts.push({
			text: `${outgoingFlowText(flow, to)}.${claim}`,
			style: TYPE.rowText,
			role: 'flow',
			status: flow.status ?? 'documented',
			flow: { id: flow.id, kind: flow.kind ?? 'paper' },
			indent: INDENT.flow,
			gapBefore: i === 0 ? 6 : 3
		});
		if (flow.denial)
			parts.push({
				...provenanceParts({ denial: flow.denial, words: flow.words }, true, TYPE.rowText)[0]!,
				flow: { id: flow.id, kind: flow.kind ?? 'paper' },
				indent: INDENT.flow + INDENT.glyph
			});
	});
	return parts;
}

// --- Sizes -----------------------------------------------------------------------------------

/** Estimates are made a little wider, as kerning, hinting and fallback fonts can make them. */
export const SAFETY = 1.04;

/** The part's type and indent as one inline style, exactly as measured. */
export function partStyle(part: LabelPart): string {
	let style = `font-size:${part.style.size}px;line-height:${part.style.lineHeight}px`;
	if (part.indent) style += `;padding-left:${part.indent}px`;
	if (part.gapBefore) style += `;margin-top:${part.gapBefore}px`;
	return style;
}

/** What a part says in a tier: its text, or its compact text; null: it is not shown. */
export function partText(part: LabelPart, compact = false): string | null {
	return compact && part.compact !== undefined ? part.compact : part.text;
}

/** Lines of a part at a maximum width (the browser breaks the same way). */
export function partLines(part: LabelPart, maxWidth: number, compact = false): string[] {
	const text = partText(part, compact);
	return text ? wrapText(text, (maxWidth - (part.indent ?? 0)) / SAFETY, part.style) : [];
}

/**
 * The size of a label whose parts wrap at maxWidth: a label set `width: max-content;
 * max-width: maxWidth` is exactly maxWidth wide once a part wraps; the height errs tall.
 */
export function measureParts(parts: readonly LabelPart[], maxWidth: number, compact = false) {
	let w = 0;
	let h = 0;
	for (const part of parts) {
		const lines = partLines(part, maxWidth, compact);
		if (!lines.length) continue;
		const widest =
			lines.length > 1
				? maxWidth
				: (lines[0] ? textWidth(lines[0], part.style) * SAFETY : 0) + (part.indent ?? 0);
		w = Math.max(w, Math.min(maxWidth, widest));
		h += (part.gapBefore ?? 0) + lines.length * part.style.lineHeight;
	}
	return { w: Math.ceil(w), h: Math.ceil(h) };
}

/** A one-line text's width, estimated as the placement does. */
export function lineWidth(text: string, style: TextStyle): number {
	return textWidth(text, style) * SAFETY;
}
