/**
 * A diagram holds a flow's line once per tier it is drawn in (the narrow strip lays itself out
 * for several widths of text; the wide chart has one tier). The lines and the arrowheads are
 * drawn flow by flow, each with its line in every tier.
 */
import type { FlowLine } from './model';

export interface FlowInTiers {
	id: string;
	/** Its line in each tier that draws it, with that tier's index. */
	in: (FlowLine & { tier: number })[];
}

/** The flows of `tiers`, each once, in the order they first appear. */
export function flowsInTiers(tiers: readonly (readonly FlowLine[])[]): FlowInTiers[] {
	const ids = [...new Set(tiers.flatMap((lines) => lines.map((l) => l.id)))];
	return ids.map((id) => ({
		id,
		in: tiers.flatMap((lines, tier) =>
			lines.filter((l) => l.id === id).map((l) => ({ ...l, tier }))
		)
	}));
}
