/**
 * Pairs what the scroll probe saw (bench/scrollProbe.browser.js) into step-change latencies:
 * for every step whose top crossed its trigger line, when the step became active and when the
 * pinned graphic's DOM changed after that.
 */
import { summarize, type Summary } from './stats';

export interface ProbeEvent {
	section: number;
	t: number;
}
export interface Crossing extends ProbeEvent {
	step: string;
	index: number;
	scrollY: number;
}
export interface Activation extends ProbeEvent {
	step: string;
}

export interface ProbeRecord {
	/** requestAnimationFrame timestamps: when each frame began. */
	frames: number[];
	crossings: Crossing[];
	activations: Activation[];
	graphicChanges: ProbeEvent[];
}

export interface StepChange {
	section: number;
	step: string;
	/** Crossing → the step has `.is-active`, ms; undefined if it never became active. */
	toActive?: number;
	/** Crossing → the graphic's DOM holds the new state, ms; undefined if it did not change. */
	toGraphic?: number;
	/** Frames that began after the crossing and before the graphic's change, each of which
	 * still showed the old state: 0 means the new state is in the first frame rendered after
	 * the crossing. */
	staleFrames?: number;
	/** A later step of the section crossed in the same frame, so the engine went straight to it
	 * (this step was scrolled past before any frame could show it). */
	skipped?: boolean;
}

/** How long after its step's activation a graphic change still counts as the step's. */
export const GRAPHIC_WINDOW_MS = 1000;
/** The engine measures steps on its own schedule; it may see a crossing a moment before the
 * probe does. */
const EARLY_ACTIVATION_MS = 250;

export function pairStepChanges(record: ProbeRecord): StepChange[] {
	return record.crossings.map((crossing) => {
		const change: StepChange = { section: crossing.section, step: crossing.step };
		const activation = record.activations.find(
			(a) =>
				a.section === crossing.section &&
				a.step === crossing.step &&
				a.t >= crossing.t - EARLY_ACTIVATION_MS
		);
		if (!activation) {
			const overtaken = record.crossings.some(
				(other) =>
					other.section === crossing.section &&
					other.index > crossing.index &&
					other.t === crossing.t
			);
			if (overtaken) change.skipped = true;
			return change;
		}
		change.toActive = activation.t - crossing.t;
		const next = record.activations.find(
			(a) => a.section === crossing.section && a.t > activation.t
		);
		const graphic = record.graphicChanges.find(
			(g) =>
				g.section === crossing.section &&
				g.t >= activation.t &&
				g.t - activation.t <= GRAPHIC_WINDOW_MS &&
				(!next || g.t < next.t)
		);
		if (!graphic) return change;
		change.toGraphic = graphic.t - crossing.t;
		change.staleFrames = record.frames.filter((f) => f > crossing.t && f <= graphic.t).length;
		return change;
	});
}

export interface StepLatencySummary {
	/** Step crossings seen (steps 1… of every section; step 0 is active from the start). */
	crossings: number;
	/** Crossing → graphic DOM updated, over the step changes that changed the graphic. */
	toGraphic: Summary;
	/** Crossing → step marked active. */
	toActive: Summary;
	/** Steps that became active but left the graphic's DOM as it was. */
	graphicUnchanged: string[];
	/** Steps scrolled past in the same frame as a later step, which the engine went straight to. */
	skipped: string[];
	/** Steps that crossed the trigger on their own and still never became active. */
	neverActive: string[];
	/** How many changes had 0, 1 or 2+ stale frames. */
	staleFrames: Record<string, number>;
}

export function summarizeStepChanges(changes: StepChange[]): StepLatencySummary {
	const staleFrames: Record<string, number> = {};
	for (const change of changes) {
		if (change.staleFrames === undefined) continue;
		const key = change.staleFrames >= 2 ? '2+' : String(change.staleFrames);
		staleFrames[key] = (staleFrames[key] ?? 0) + 1;
	}
	return {
		crossings: changes.length,
		toGraphic: summarize(changes.flatMap((c) => (c.toGraphic === undefined ? [] : [c.toGraphic]))),
		toActive: summarize(changes.flatMap((c) => (c.toActive === undefined ? [] : [c.toActive]))),
		graphicUnchanged: changes
			.filter((c) => c.toActive !== undefined && c.toGraphic === undefined)
			.map((c) => c.step),
		skipped: changes.filter((c) => c.skipped).map((c) => c.step),
		neverActive: changes.filter((c) => c.toActive === undefined && !c.skipped).map((c) => c.step),
		staleFrames
	};
}
