/**
 * Words quoted from a call line must be that line's words: a highlight copies them exactly; a
 * stage's quote may leave words out with "…", each remaining piece in the line, in order, and
 * only a verbatim line can be quoted. Pure: the line and the quoted words in, problems out.
 */

/** True if the pieces of `phrase` between "…" marks all occur in `text`, in order. */
export function piecesInOrder(text: string, phrase: string): boolean {
	let from = 0;
	for (const piece of phrase.split('…').map((p) => p.trim())) {
		if (!piece) continue;
		const at = text.indexOf(piece, from);
		if (at < 0) return false;
		from = at + piece.length;
	}
	return true;
}

export interface QuotedLine {
	id: string;
	text: string;
	kind: 'verbatim' | 'paraphrase';
}

/** Problems with the words quoted from `line`, by the field they concern. */
export function quoteProblems(
	line: QuotedLine,
	phrase: string | undefined,
	/** A stage's quote (may elide with "…"), rather than a highlight. */
	elided: boolean
): { field: 'phrase' | 'line'; message: string }[] {
	const problems: { field: 'phrase' | 'line'; message: string }[] = [];
	if (phrase && !(elided ? piecesInOrder(line.text, phrase) : line.text.includes(phrase)))
		problems.push({
			field: 'phrase',
			message: elided
				? `"${phrase}" is not the words of line "${line.id}"; a quote must copy them exactly, in order, with "…" where words are left out`
				: `"${phrase}" does not occur in line "${line.id}"; a highlight must copy the words exactly`
		});
	if (elided && line.kind !== 'verbatim')
		problems.push({
			field: 'line',
			message: `"${line.id}" is a paraphrase; only a verbatim line can be quoted`
		});
	return problems;
}
