/**
 * Everything the draft-path diagram computes from its data before it draws: both orientations'
 * layouts, the narrow rows' heights and the legend, and a key that names the data. A pure,
 * cheap function of the data, remembered per data (a page draws the same data once per step when
 * stacked). Where the wide labels go is searched for separately (labelPlacement.ts), on the
 * server: see useWideLabels.svelte.ts.
 */
import type { Flow, Lane, Source, Stage } from '../../story/schema';
import type { Status } from '../../story/status';
import {
	laneWeights,
	narrowLayout,
	stagesInOrder,
	wideLayout,
	type NarrowLayout,
	type WideLayout
} from './draftPathLayout';
import { measureParts, narrowRowParts, SAFETY, type LabelPart } from './labelContent';
import { FLOW_KINDS, STATUS_ORDER } from './labelText';
import { NARROW, NARROW_MIN_WIDTH, narrowGutter, TYPE } from './metrics';
import type { StageQuote } from './stageQuote';
import { textWidth } from './textMetrics';

/** The data the diagram draws. */
export interface DraftPathInput {
	lanes: readonly Lane[];
	stages: readonly Stage[];
	flows: readonly Flow[];
	/** Words from calls that stages carry, by stage id. */
	quotes?: ReadonlyMap<string, StageQuote>;
	/** To name sources by outlet; without it, sources are not named in the picture. */
	sources?: readonly Pick<Source, 'id' | 'outlet'>[];
}

export interface LegendEntries {
	statuses: Status[];
	kinds: Flow['kind'][];
	/** Some flow rests on a claim: the key shows that such flows are dashed. */
	claimedFlows: boolean;
}

export interface NarrowGeometry {
	layout: NarrowLayout;
	/** The words of each stage's row, by stage id. */
	parts: Map<string, LabelPart[]>;
	/** Width of the tracks' gutter, left of the rows' text. */
	gutter: number;
	/** Height of the legend and of the rotated lane names above the rows. */
	legendHeight: number;
	laneNamesHeight: number;
	/** Where the rows start, and the height of everything, in pixels. */
	rowsTop: number;
	height: number;
	/** How far below a row's top its dot sits. */
	dotOffset: number;
}

export interface DraftPathGeometry {
	/** Names the data: equal data, equal key. */
	key: string;
	wide: WideLayout;
	/** The quotes the wide labels show, by stage id. */
	quotes: ReadonlyMap<string, StageQuote>;
	narrow: NarrowGeometry;
	legend: LegendEntries;
	/** Outlet names by source id. */
	outlets: Map<string, string>;
}

/** Space between the narrow diagram's gutter and its text. */
export const NARROW_TEXT_GAP = 8;

/** Statuses and kinds of flow that occur in the data, in legend order. */
export function legendEntries(input: Pick<DraftPathInput, 'stages' | 'flows'>): LegendEntries {
	const statuses = new Set<Status>([
		...input.stages.map((s) => s.status),
		...input.flows.map((f) => f.status)
	]);
	const kinds = new Set(input.flows.map((f) => f.kind));
	return {
		statuses: STATUS_ORDER.filter((s) => statuses.has(s)),
		kinds: FLOW_KINDS.filter((k) => kinds.has(k)),
		claimedFlows: input.flows.some((f) => f.status === 'claimed' || f.status === 'disputed')
	};
}

/** Legend words, shared by the component and the estimate of the legend's height. */
export const LEGEND_WORDS = {
	statusTitle: 'Stages',
	kindTitle: 'What moved',
	kinds: { paper: 'Paper', pressure: 'Pressure', report: 'Report', contact: 'Contact' },
	claimedFlow: 'Claimed link',
	/** The swatch before each entry, in pixels (a dot, or a line with its head). */
	statusSwatch: 12,
	kindSwatch: 30,
	swatchGap: 5,
	entryGap: 14
} as const;

/** Height of the legend when its entries wrap at `width` (one list for stages, one for flows). */
export function legendHeight(entries: LegendEntries, width: number): number {
	const lineHeight = TYPE.legend.lineHeight + 4;
	const rows = (items: number[]) => {
		let count = items.length ? 1 : 0;
		let x = 0;
		for (const w of items) {
			if (x > 0 && x + w > width) {
				count++;
				x = 0;
			}
			x += w + LEGEND_WORDS.entryGap;
		}
		return count;
	};
	const word = (text: string) => textWidth(text, TYPE.legend) * SAFETY;
	const statusItems = [
		word(LEGEND_WORDS.statusTitle),
		...entries.statuses.map(
			(s) =>
				LEGEND_WORDS.statusSwatch + LEGEND_WORDS.swatchGap + word(s[0]!.toUpperCase() + s.slice(1))
		)
	];
	const kindItems = entries.kinds.length
		? [
				word(LEGEND_WORDS.kindTitle),
				...entries.kinds.map(
					(k) => LEGEND_WORDS.kindSwatch + LEGEND_WORDS.swatchGap + word(LEGEND_WORDS.kinds[k])
				),
				...(entries.claimedFlows
					? [LEGEND_WORDS.kindSwatch + LEGEND_WORDS.swatchGap + word(LEGEND_WORDS.claimedFlow)]
					: [])
			]
		: [];
	return (rows(statusItems) + rows(kindItems)) * lineHeight;
}

/** Outlet names of some source ids, without repeats, in order. */
export function outletNames(
	ids: readonly string[],
	outlets: ReadonlyMap<string, string>
): string[] {
	return [...new Set(ids.map((id) => outlets.get(id)).filter((o): o is string => !!o))];
}

function computeGeometry(input: DraftPathInput): DraftPathGeometry {
	const quotes = input.quotes ?? new Map<string, StageQuote>();
	const outlets = new Map((input.sources ?? []).map((s) => [s.id, s.outlet]));
	const wide = wideLayout(input, { laneWeight: laneWeights(input, new Set(quotes.keys())) });

	const gutter = narrowGutter(input.lanes.length);
	const textWidthAtNarrowest = NARROW_MIN_WIDTH - gutter - NARROW_TEXT_GAP;
	const byId = new Map(input.stages.map((s) => [s.id, s]));
	const parts = new Map<string, LabelPart[]>();
	for (const stage of stagesInOrder(input.stages)) {
		const incoming = input.flows
			.filter((f) => f.to === stage.id && byId.has(f.from))
			.map((flow) => ({ flow, from: byId.get(flow.from) }));
		parts.set(
			stage.id,
			narrowRowParts(stage, input.lanes, {
				quote: quotes.get(stage.id),
				incoming,
				// An outlet already named as the claimant is not named twice.
				sourceNames: outletNames(stage.sources, outlets).filter(
					(name) => !stage.claimant?.includes(name)
				)
			})
		);
	}
	const dotOffset = TYPE.rowMeta.lineHeight + TYPE.rowTitle.lineHeight / 2;
	const layout = narrowLayout(
		input,
		(stage) => measureParts(parts.get(stage.id)!, textWidthAtNarrowest).h + NARROW.rowGap,
		dotOffset
	);
	// Tracks sit NARROW.trackGap apart, the first NARROW.gutterStart from the left edge.
	layout.xDomain = [
		-NARROW.gutterStart / NARROW.trackGap,
		(gutter - NARROW.gutterStart) / NARROW.trackGap
	];
	const legend = legendEntries(input);
	const legendH = legendHeight(legend, NARROW_MIN_WIDTH) + NARROW.headerGap;
	const laneNamesHeight =
		Math.ceil(Math.max(0, ...input.lanes.map((l) => textWidth(l.label, TYPE.laneLabel) * SAFETY))) +
		NARROW.headerGap;
	const rowsTop = legendH + laneNamesHeight;
	return {
		key: dataKey(input),
		wide,
		quotes,
		narrow: {
			layout,
			parts,
			gutter,
			legendHeight: legendH,
			laneNamesHeight,
			rowsTop,
			height: rowsTop + layout.height,
			dotOffset
		},
		legend,
		outlets
	};
}

/** A short name for the data: a hash of what the diagram draws (ids, names, dates, kinds,
 * statuses and quotes), enough to tell two diagrams of one page apart. */
export function dataKey(input: DraftPathInput): string {
	const parts: string[] = [];
	for (const l of input.lanes) parts.push(l.id, l.label, l.description ?? '');
	for (const s of input.stages)
		parts.push(
			s.id,
			s.lane,
			s.date,
			s.end ?? '',
			s.dateLabel ?? '',
			s.label,
			s.status,
			s.claimant ?? ''
		);
	for (const f of input.flows)
		parts.push(f.id, f.from, f.to, f.kind, f.label ?? '', f.status, f.claimant ?? '');
	for (const [id, q] of input.quotes ?? []) parts.push(id, ...q.pieces, q.speaker ?? '');
	const text = parts.join('\u0000');
	let hash = 5381;
	for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 33) + text.charCodeAt(i)) | 0;
	return `${(hash >>> 0).toString(36)}-${text.length.toString(36)}`;
}

/** Quotes compared by their words, as callers often rebuild the map for each render. */
function quotesKey(quotes: ReadonlyMap<string, StageQuote> | undefined): string {
	return JSON.stringify([...(quotes ?? new Map<string, StageQuote>())]);
}

interface CacheEntry {
	lanes: readonly Lane[];
	flows: readonly Flow[];
	sources: DraftPathInput['sources'];
	quotes: string;
	geometry: DraftPathGeometry;
}

const cache = new WeakMap<readonly Stage[], CacheEntry[]>();

/** The diagram's geometry for this data; computed once per data. */
export function draftPathGeometry(input: DraftPathInput): DraftPathGeometry {
	const entries = cache.get(input.stages) ?? [];
	const quotes = quotesKey(input.quotes);
	const hit = entries.find(
		(e) =>
			e.lanes === input.lanes &&
			e.flows === input.flows &&
			e.sources === input.sources &&
			e.quotes === quotes
	);
	if (hit) return hit.geometry;
	const geometry = computeGeometry(input);
	entries.push({
		lanes: input.lanes,
		flows: input.flows,
		sources: input.sources,
		quotes,
		geometry
	});
	cache.set(input.stages, entries);
	return geometry;
}
