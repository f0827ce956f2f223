/**
 * What the draft-path diagram shows at a step: which stages and flows are lit (the step talks
 * about them), which were drawn by earlier steps, and which are still to come. Pure, so that the
 * same step gives the same picture on the server, in the browser and in tests; scrolling back
 * to an earlier step gives exactly that step's picture again.
 */

/** Lit: the active step is about it. Drawn: an earlier step showed it. Upcoming: not yet. */
export type Phase = 'lit' | 'drawn' | 'upcoming';

/** A step of a draft-path section, as far as the state needs it. */
export interface DraftPathStepLike {
	stages: readonly string[];
	flows?: readonly string[];
}

/** A flow, as far as the state needs it. */
export interface FlowEnds {
	id: string;
	from: string;
	to: string;
}

export interface DraftPathState {
	/** Phase of every stage id. */
	stages: ReadonlyMap<string, Phase>;
	/** Phase of every flow id. */
	flows: ReadonlyMap<string, Phase>;
}

const RANK: Record<Phase, number> = { upcoming: 0, drawn: 1, lit: 2 };

/**
 * The state at step `index` (clamped to the steps there are). A stage or flow is lit when the
 * step names it, drawn when an earlier step named it, upcoming otherwise. A flow never points
 * at nothing: the stages at both ends of a drawn or lit flow are at least drawn.
 */
export function draftPathState(
	steps: readonly DraftPathStepLike[],
	index: number,
	stageIds: readonly string[],
	flows: readonly FlowEnds[]
): DraftPathState {
	const last = Math.max(0, Math.min(Math.floor(index), steps.length - 1));
	const stages = new Map<string, Phase>(stageIds.map((id) => [id, 'upcoming']));
	const flowPhases = new Map<string, Phase>(flows.map((f) => [f.id, 'upcoming']));

	const raise = (map: Map<string, Phase>, id: string, phase: Phase) => {
		const current = map.get(id);
		if (current !== undefined && RANK[phase] > RANK[current]) map.set(id, phase);
	};

	steps.slice(0, last + 1).forEach((step, i) => {
		const phase: Phase = i === last ? 'lit' : 'drawn';
		for (const id of step.stages) raise(stages, id, phase);
		for (const id of step.flows ?? []) raise(flowPhases, id, phase);
	});

	for (const flow of flows) {
		if (flowPhases.get(flow.id) === 'upcoming') continue;
		raise(stages, flow.from, 'drawn');
		raise(stages, flow.to, 'drawn');
	}
	return { stages, flows: flowPhases };
}

/** The state with everything drawn and nothing lit: the whole path, e.g. for a poster view. */
export function wholePathState(
	stageIds: readonly string[],
	flows: readonly FlowEnds[]
): DraftPathState {
	return {
		stages: new Map(stageIds.map((id) => [id, 'drawn' as const])),
		flows: new Map(flows.map((f) => [f.id, 'drawn' as const]))
	};
}

/** Ids with the given phase, in the order of `ids`. */
export function idsInPhase(
	phases: ReadonlyMap<string, Phase>,
	phase: Phase,
	ids: readonly string[] = [...phases.keys()]
): string[] {
	return ids.filter((id) => phases.get(id) === phase);
}

/**
 * Steps that light a flow before one of its ends has appeared. The state copes (it draws the
 * end), but the story is told out of order, so tests flag it for the author.
 */
export function flowsAheadOfTheirStages(
	steps: readonly DraftPathStepLike[],
	flows: readonly FlowEnds[]
): { step: number; flow: string; stage: string }[] {
	const seen = new Set<string>();
	const problems: { step: number; flow: string; stage: string }[] = [];
	steps.forEach((step, i) => {
		for (const id of step.stages) seen.add(id);
		for (const id of step.flows ?? []) {
			const flow = flows.find((f) => f.id === id);
			if (!flow) continue;
			for (const end of [flow.from, flow.to])
				if (!seen.has(end)) problems.push({ step: i, flow: id, stage: end });
		}
	});
	return problems;
}
