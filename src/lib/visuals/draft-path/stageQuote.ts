/**
 * The words from a call that a stage carries. A stage's `quote` names a call line and, optionally,
 * the phrase to show; the phrase may leave words out with "…", but every piece between the marks
 * must be the line's own words, in order. Only verbatim lines are quoted: a paraphrase is our
 * summary and is never shown in quotation marks.
 */
import type { Call, Entity, Stage } from '../../story/schema';

/** Words from a call, ready to show in quotation marks. */
export interface StageQuote {
	/** The pieces of the phrase, in order; the diagram joins them with " … ". */
	pieces: string[];
	/** Who said it, e.g. "Kirill Dmitriev". */
	speaker?: string;
	/** The call's date, YYYY-MM-DD. */
	date: string;
}

/** The pieces of an elided phrase ("a … b" → ["a", "b"]). */
export function phrasePieces(phrase: string): string[] {
	return phrase
		.split('…')
		.map((piece) => piece.trim())
		.filter(Boolean);
}

/** True if every piece occurs in `text`, in order, without overlapping. */
export function piecesOccurInOrder(text: string, pieces: readonly string[]): boolean {
	let from = 0;
	for (const piece of pieces) {
		const at = text.indexOf(piece, from);
		if (at < 0) return false;
		from = at + piece.length;
	}
	return true;
}

/**
 * The quote a stage carries, or undefined if it has none, or if its words are not verbatim
 * (a paraphrase line, or a phrase that is not the line's own words): nothing unverified is ever
 * put in quotation marks.
 */
export function stageQuote(
	stage: Pick<Stage, 'quote'>,
	calls: readonly Call[],
	entities: readonly Pick<Entity, 'id' | 'name'>[] = []
): StageQuote | undefined {
	if (!stage.quote) return undefined;
	const call = calls.find((c) => c.id === stage.quote!.call);
	const line = call?.lines.find((l) => l.id === stage.quote!.line);
	if (!call || !line || line.kind !== 'verbatim') return undefined;
	const pieces = stage.quote.phrase ? phrasePieces(stage.quote.phrase) : [line.text];
	if (!pieces.length || !piecesOccurInOrder(line.text, pieces)) return undefined;
	const speaker = entities.find((e) => e.id === line.speaker)?.name;
	return { pieces, speaker, date: call.date };
}

/** Quotes of all stages that carry one, by stage id. */
export function stageQuotes(
	stages: readonly Stage[],
	calls: readonly Call[],
	entities: readonly Pick<Entity, 'id' | 'name'>[] = []
): Map<string, StageQuote> {
	const quotes = new Map<string, StageQuote>();
	for (const stage of stages) {
		const quote = stageQuote(stage, calls, entities);
		if (quote) quotes.set(stage.id, quote);
	}
	return quotes;
}

/** The quote as one string, pieces joined with an ellipsis (without the quotation marks). */
export function quoteText(quote: Pick<StageQuote, 'pieces'>): string {
	return quote.pieces.join(' … ');
}
