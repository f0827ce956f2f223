/**
 * A story's draft path as the plain data <DraftPath> takes: sources named by their outlets, and
 * the words a stage quotes taken from its call. Used by the section adapter, the text
 * alternative and the build-time preparation (src/site/stories.server.ts), so all three draw
 * the same data.
 */
import type { Call, Entity, Source, Stage, Story } from '../../model/schema';
import { messagesFor, type Messages } from '../../i18n';
import { formatDayRange } from '../../ui/dates';
import type { DraftPathData, DraftPathDenial, DraftPathProvenance } from './model';

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
 * The words a stage quotes from a call, or undefined if it quotes none, or if they are not
 * verbatim (a paraphrase, or a phrase that is not the line's own words, in order): nothing
 * unverified is ever put in quotation marks.
 */
export function stageQuote(
	stage: Pick<Stage, 'quote'>,
	calls: readonly Call[],
	entities: readonly Pick<Entity, 'id' | 'name'>[] = [],
	t?: Messages
): { text: string; by: string; date: string } | undefined {
	if (!stage.quote) return undefined;
	const call = calls.find((c) => c.id === stage.quote!.call);
	const line = call?.lines.find((l) => l.id === stage.quote!.line);
	if (!call || !line || line.kind !== 'verbatim') return undefined;
	const pieces = stage.quote.phrase ? phrasePieces(stage.quote.phrase) : [line.text];
	if (!pieces.length || !piecesOccurInOrder(line.text, pieces)) return undefined;
	const speaker = entities.find((e) => e.id === line.speaker)?.name;
	return {
		text: pieces.join(' … '),
		by: speaker
			? `${speaker}, ${t?.draftPath.onTheCall ?? 'on the call'}`
			: (t?.transcript.onTheCall ?? 'On the call'),
		date: call.date
	};
}

type WithProvenance = {
	status: DraftPathProvenance['status'];
	claimant?: string;
	sources: string[];
};
type StoryDenial = { by: string; text: string; quote: boolean; sources: string[] };

/** Outlet names of some source ids, in order, without repeats. */
export function outletNames(
	ids: readonly string[],
	sources: readonly Pick<Source, 'id' | 'outlet'>[]
) {
	const names = ids.map((id) => sources.find((s) => s.id === id)?.outlet);
	return [...new Set(names.filter((n): n is string => !!n))];
}

function provenance(
	item: WithProvenance & { denial?: StoryDenial },
	sources: readonly Pick<Source, 'id' | 'outlet'>[],
	t?: Messages
): DraftPathProvenance {
	// An outlet already named as the claimant is not named again as a source.
	const names = outletNames(item.sources, sources).filter((n) => !item.claimant?.includes(n));
	const denial: DraftPathDenial | undefined = item.denial && {
		...item.denial,
		sources: outletNames(item.denial.sources, sources)
	};
	return {
		status: item.status,
		sources: names,
		...(item.claimant && { claimant: item.claimant }),
		...(denial && { denial }),
		...(t && {
			words: {
				status: t.status[item.status ?? 'documented'],
				by: t.provenance.by,
				deniedBy: t.provenance.deniedBy
			}
		})
	};
}

/** The story's lanes, stages and flows as plain data. */
export function draftPathData(
	story: Pick<Story, 'lanes' | 'stages' | 'flows' | 'calls' | 'entities' | 'sources'> & {
		meta?: Pick<Story['meta'], 'locale'>;
	}
): DraftPathData {
	// In another language than English, the words around each stage and flow are its own
	// (English is the diagram's default, so an English story's data stays as it was).
	const locale = story.meta?.locale ?? 'en';
	const t = locale === 'en' ? undefined : messagesFor(locale);
	return {
		lanes: story.lanes.map(({ id, label, description }) => ({ id, label, description })),
		stages: story.stages.map((s) => {
			const quote = stageQuote(s, story.calls, story.entities, t);
			const dateLabel = s.dateLabel ?? (t && formatDayRange(s.date, s.end, { locale }));
			return {
				id: s.id,
				lane: s.lane,
				date: s.date,
				...(s.end && { end: s.end }),
				...(dateLabel && { dateLabel }),
				label: s.label,
				...(quote && {
					quote: {
						text: quote.text,
						by: quote.by,
						...(t && { marks: { open: t.translation.open, close: t.translation.close } })
					}
				}),
				...provenance(s, story.sources, t)
			};
		}),
		flows: story.flows.map((f) => ({
			id: f.id,
			from: f.from,
			to: f.to,
			kind: f.kind,
			...(f.label && { label: f.label }),
			...(t && { kindLabel: t.draftPath.flowKinds[f.kind] }),
			...provenance(f, story.sources, t)
		}))
	};
}
