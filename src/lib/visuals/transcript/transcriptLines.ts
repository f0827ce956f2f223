/**
 * A transcript's lines as plain data, and what is read from them before they are drawn. Pure;
 * no story types, so designers can pass their own arrays.
 */
import type { Status } from '../../model/status';

/** The denial on record of a disputed call or line. */
export interface TranscriptDenial {
	/** Who denies it: "Kirill Dmitriev". */
	by: string;
	/** What they said: in our words, unless `quote` is true. */
	text: string;
	quote?: boolean;
	sources?: readonly string[];
}

/** One line of a call, as the transcript takes it. */
export interface TranscriptLine {
	id: string;
	/** Id of a speaker. */
	speaker: string;
	text: string;
	/** `verbatim` (the default) is quoted; `paraphrase` is a summary, never in quotation marks. */
	kind?: 'verbatim' | 'paraphrase';
	status?: Status;
	claimant?: string;
	denial?: TranscriptDenial;
	/** The words as published, when `text` is a translation of the edition's own: shown beside
	 * it, marked, so that no translation reads as the speaker's own words. */
	original?: string;
}

/** The same denial (a line that carries the call's own denial says nothing new under it). */
export function sameDenial(a: TranscriptDenial | undefined, b: TranscriptDenial | undefined) {
	return !!a && !!b && a.by === b.by && a.text === b.text;
}
