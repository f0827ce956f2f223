/**
 * The draft path's flows must move forward: a flow from a stage to itself, or flows that lead
 * back to where they started, cannot be drawn as a path and say nothing a reader can follow.
 * Pure: flows in, the problems (by flow index) out.
 */

export interface FlowEdge {
	id: string;
	from: string;
	to: string;
}

export interface FlowProblem {
	/** Index of the flow in the list. */
	index: number;
	message: string;
}

export function flowLoops(flows: readonly FlowEdge[]): FlowProblem[] {
	const problems: FlowProblem[] = [];
	const next = new Map<string, { to: string; index: number }[]>();
	flows.forEach((flow, index) => {
		if (flow.from === flow.to) {
			problems.push({
				index,
				message: `"${flow.to}" is the stage the flow starts from; a flow goes from one stage to another`
			});
			return;
		}
		const edges = next.get(flow.from) ?? [];
		edges.push({ to: flow.to, index });
		next.set(flow.from, edges);
	});

	// Depth-first search; a flow that reaches a stage still on the path closes a loop. Each loop
	// is reported once, at the flow that closes it (in the order the flows are written).
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (stage: string) => {
		state.set(stage, 'open');
		path.push(stage);
		for (const { to, index } of next.get(stage) ?? []) {
			if (state.get(to) === 'open') {
				const loop = [...path.slice(path.indexOf(to)), to].join(' → ');
				problems.push({
					index,
					message: `"${to}" closes a loop (${loop}); flows must lead forward, from earlier stages to later ones`
				});
			} else if (!state.has(to)) visit(to);
		}
		path.pop();
		state.set(stage, 'done');
	};
	for (const flow of flows) if (!state.has(flow.from)) visit(flow.from);
	return problems.sort((a, b) => a.index - b.index);
}
