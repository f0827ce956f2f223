/**
 * What each label of the draft-path diagram says, in parts (title, status, quote…), and how big
 * it is when its lines wrap at a given width, estimated from the fonts' metrics.
 */
import type { Flow, Lane, Stage } from '../../story/schema';
import { flowCaption, flowStatusText, incomingFlowText, stageMeta, statusText } from './labelText';
import { NARROW, TYPE, WIDE } from './metrics';
import { quoteText, type StageQuote } from './stageQuote';
import { textWidth, wrapText, type TextStyle } from './textMetrics';

/** One paragraph of a label: its text, its type, and how far it is indented. */
export interface LabelPart {
	text: string;
	style: TextStyle;
	indent?: number;
	/** Space above this part, in pixels. */
	gapBefore?: number;
	/** What the part says, for the component to style it. */
	role: 'meta' | 'title' | 'status' | 'quote' | 'by' | 'caption' | 'flow';
	/** For a flow in words: which flow, so its words show only once it is drawn. */
	flow?: Pick<Flow, 'id' | 'kind' | 'status'>;
}

/** Quotes have a rule down their left side; it is part of their indent. */
const RULE = 3;

/**
 * The part's type and indent as one inline style: one attribute is cheaper to write (and to
 * hydrate) than several style directives, and it carries exactly what was measured.
 */
export function partStyle(part: LabelPart): string {
	let style = `font-size:${part.style.size}px;line-height:${part.style.lineHeight}px`;
	const ruled = part.role === 'quote' || part.role === 'by';
	if (part.indent) style += `;padding-left:${part.indent - (ruled ? RULE : 0)}px`;
	if (part.gapBefore) style += `;margin-top:${part.gapBefore}px`;
	return style;
}

/** Estimated width makes a line a little wider, as kerning and hinting can. */
export const SAFETY = 1.04;

/** Lines of a part at a maximum width (the browser breaks the same way). */
export function partLines(part: LabelPart, maxWidth: number): string[] {
	return wrapText(part.text, (maxWidth - (part.indent ?? 0)) / SAFETY, part.style);
}

/**
 * The estimated size of a label whose parts wrap at maxWidth. A label set `width: max-content;
 * max-width: maxWidth` is exactly maxWidth wide as soon as a part wraps, so that is its width
 * then; the height errs on the tall side (lines are broken a little early).
 */
export function measureParts(
	parts: readonly LabelPart[],
	maxWidth: number
): { w: number; h: number } {
	let w = 0;
	let h = 0;
	for (const part of parts) {
		const lines = partLines(part, maxWidth);
		const widest =
			lines.length > 1
				? maxWidth
				: (lines[0] ? textWidth(lines[0], part.style) * SAFETY : 0) + (part.indent ?? 0);
		w = Math.max(w, Math.min(maxWidth, widest));
		h += (part.gapBefore ?? 0) + lines.length * part.style.lineHeight;
	}
	return { w: Math.ceil(w), h: Math.ceil(h) };
}

type WithStatus = Pick<Stage, 'status' | 'claimant' | 'denial'>;

/** A status worth writing on the wide diagram: claims and disputes (the dot shows the rest). */
function unestablishedStatus(item: WithStatus): string | undefined {
	return item.status === 'claimed' || item.status === 'disputed' ? statusText(item) : undefined;
}

/** The parts of a stage's label on the wide diagram. */
export function stageLabelParts(stage: Stage): LabelPart[] {
	const parts: LabelPart[] = [{ text: stage.label, style: TYPE.stageTitle, role: 'title' }];
	const status = unestablishedStatus(stage);
	if (status)
		parts.push({
			text: status,
			style: TYPE.stageStatus,
			indent: WIDE.glyphIndent,
			gapBefore: 1,
			role: 'status'
		});
	return parts;
}

/** "Kirill Dmitriev, Oct 29 call": who said the words a stage quotes. */
export function quoteAttribution(quote: StageQuote): string {
	return quote.speaker ? `${quote.speaker}, on the call` : 'On the call';
}

/** The parts of a stage's quote on the wide diagram. */
export function quoteParts(quote: StageQuote): LabelPart[] {
	return [
		{ text: `“${quoteText(quote)}”`, style: TYPE.quote, indent: WIDE.quoteIndent, role: 'quote' },
		{
			text: quoteAttribution(quote),
			style: TYPE.quoteBy,
			indent: WIDE.quoteIndent,
			gapBefore: 2,
			role: 'by'
		}
	];
}

/** The parts of a flow's label on the wide diagram, or none if it carries no words. */
export function flowLabelParts(flow: Flow): LabelPart[] {
	const parts: LabelPart[] = [];
	const caption = flowCaption(flow);
	if (caption) parts.push({ text: caption, style: TYPE.flowLabel, role: 'caption' });
	const status = flowStatusText(flow);
	if (status)
		parts.push({
			text: status,
			style: TYPE.stageStatus,
			indent: WIDE.glyphIndent,
			gapBefore: caption ? 1 : 0,
			role: 'status'
		});
	return parts;
}

/** The words of a stage's row in the narrow diagram, and the flows that arrive at it. */
export interface RowContent {
	parts: LabelPart[];
}

/**
 * A stage's row in the narrow diagram: where and when, its name, its status and sources, the
 * words it quotes, and each flow that arrives at it, in words (the tracks are too narrow to
 * carry them).
 */
export function narrowRowParts(
	stage: Stage,
	lanes: readonly Lane[],
	options: {
		quote?: StageQuote;
		incoming?: readonly { flow: Flow; from?: Pick<Stage, 'label'> }[];
		sourceNames?: readonly string[];
	} = {}
): LabelPart[] {
	const status = [statusText(stage), ...(options.sourceNames ?? [])].join(' · ');
	const parts: LabelPart[] = [
		{ text: stageMeta(stage, lanes), style: TYPE.rowMeta, role: 'meta' },
		{ text: stage.label, style: TYPE.rowTitle, role: 'title' },
		{
			text: status,
			style: TYPE.rowStatus,
			indent: NARROW.glyphIndent,
			gapBefore: 2,
			role: 'status'
		}
	];
	if (options.quote) {
		parts.push({
			text: `“${quoteText(options.quote)}”`,
			style: TYPE.rowQuote,
			indent: NARROW.quoteIndent,
			gapBefore: NARROW.blockGap + 1,
			role: 'quote'
		});
		parts.push({
			text: quoteAttribution(options.quote),
			style: TYPE.quoteBy,
			indent: NARROW.quoteIndent,
			gapBefore: 2,
			role: 'by'
		});
	}
	for (const [i, { flow, from }] of (options.incoming ?? []).entries()) {
		const claim = flowStatusText(flow);
		parts.push({
			text: claim
				? `${incomingFlowText(flow, from)}. ${claim}.`
				: `${incomingFlowText(flow, from)}.`,
			style: TYPE.rowFlow,
			indent: NARROW.flowIndent,
			gapBefore: i === 0 ? NARROW.blockGap : 2,
			role: 'flow',
			flow: { id: flow.id, kind: flow.kind, status: flow.status }
		});
	}
	return parts;
}
