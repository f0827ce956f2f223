/**
 * The draft path's words: what moved along a flow, the statuses in their order, a status or a
 * denial as a label says it, a stage's date, a flow told where it leaves. The legend, the time
 * axis, the labels (labels.ts), the narrow rows and the text alternative all say them so.
 */
import { STATUS_LABELS, type Status } from '../../model/status';
import { formatDayRange } from '../../ui/dates';
import type {
	DraftPathDenial,
	DraftPathFlow,
	DraftPathProvenance,
	DraftPathStage,
	FlowKind
} from './model';

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

/** "Denied by the State Department": the short form, shown at what it denies. */
export function denialText(denial: Pick<DraftPathDenial, 'by'>, deniedBy = 'Denied by'): string {
	return `${deniedBy} ${denial.by}`;
}

/** A stage's date as the diagram shows it: its own label ("Late Jan.") or "Oct. 24–26". */
export function stageDate(stage: Pick<DraftPathStage, 'date' | 'end' | 'dateLabel'>): string {
	return stage.dateLabel ?? formatDayRange(stage.date, stage.end);
}

/**
 * A flow in words, where it leaves: what moved, where to, and its own words: "The paper →
 * The 28-point plan: many of the 28 points".
 */
export function outgoingFlowText(flow: DraftPathFlow, to?: Pick<DraftPathStage, 'label'>) {
	const kind = flow.kindLabel ?? FLOW_KIND_LABELS[flow.kind ?? 'paper'];
	const target = to ? ` → ${to.label}` : '';
	return flow.label ? `${kind}${target}: ${flow.label}` : `${kind}${target}`;
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
