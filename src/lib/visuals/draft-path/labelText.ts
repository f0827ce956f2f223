/**
 * The words the draft-path diagram and its text alternative use for stages and flows, in one
 * place, so that the picture and the list say the same thing.
 */
import type { Flow, Lane, Stage } from '../../story/schema';
import { STATUS_LABELS, type Status } from '../../story/status';
import { formatDayRange } from '../../ui/dates';

/** What moved along a flow, as a reader reads it in the legend. */
export const FLOW_KIND_LABELS: Record<Flow['kind'], string> = {
	paper: 'The paper',
	pressure: 'Pressure',
	report: 'A report',
	contact: 'A contact'
};

/** The legend's order. */
export const FLOW_KINDS: readonly Flow['kind'][] = ['paper', 'pressure', 'report', 'contact'];

type WithProvenance = Pick<Stage, 'status' | 'claimant' | 'denial'>;

/** "Documented", "Claimed by The Insider", "Disputed by Yuri Ushakov". */
export function statusText(item: WithProvenance): string {
	const word = STATUS_LABELS[item.status];
	if (item.status === 'claimed' && item.claimant) return `${word} by ${item.claimant}`;
	if (item.status === 'disputed' && item.denial) return `${word} by ${item.denial.by}`;
	return word;
}

/** A stage's date as the diagram shows it: its own label ("Late Jan.") or "Oct 24–26". */
export function stageDateLabel(stage: Pick<Stage, 'date' | 'end' | 'dateLabel'>): string {
	return stage.dateLabel ?? formatDayRange(stage.date, stage.end);
}

/** "Oct 29 · Moscow": where and when, for the narrow diagram's rows. */
export function stageMeta(stage: Stage, lanes: readonly Lane[]): string {
	const lane = lanes.find((l) => l.id === stage.lane);
	return lane ? `${stageDateLabel(stage)} · ${lane.label}` : stageDateLabel(stage);
}

/**
 * A flow in words, where it arrives: what moved, the arrow, where from, and its own words:
 * "The paper ← An earlier Dmitriev draft: many of the 28 points". The status is said
 * separately (see flowStatusText).
 */
export function incomingFlowText(flow: Flow, from: Pick<Stage, 'label'> | undefined): string {
	const kind = FLOW_KIND_LABELS[flow.kind];
	const source = from ? ` ← ${from.label}` : '';
	return flow.label ? `${kind}${source}: ${flow.label}` : `${kind}${source}`;
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A name as it reads inside a sentence: a leading article is lower-cased ("the 28-point plan"). */
export function inSentence(label: string): string {
	return label.replace(/^(A|An|The) /, (article) => article.toLowerCase());
}

/** A flow's status, said only where it is not established: "Claimed by a commentary article". */
export function flowStatusText(flow: Flow): string | undefined {
	return flow.status === 'claimed' || flow.status === 'disputed' ? statusText(flow) : undefined;
}

/** The text a flow carries on the wide diagram: its label, or nothing. */
export function flowCaption(flow: Flow): string | undefined {
	return flow.label;
}

/** Statuses in the order the legend lists them. */
export const STATUS_ORDER: readonly Status[] = ['documented', 'reported', 'claimed', 'disputed'];
