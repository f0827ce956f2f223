/**
 * Finds the provenance (status, sources, claimant, denial) that an inline `<Claim>` in a
 * story.svx shows. A claim either points at something in the story's data, whose provenance it
 * then repeats word for word, or states its own status and sources.
 *
 * Pure and strict: an unknown id or a source that the story does not define throws, so a typo in
 * story.svx stops the build (the page is prerendered) instead of printing a claim with no source.
 */
import type { Provenance, Story } from './schema';
import type { Status } from './status';
import { STATUSES } from './status';

/** How a `<Claim>` names its provenance: one reference to the data, or its own. */
export interface ProvenanceRef {
	/** Id of an event in events.yaml. */
	event?: string;
	/** Id of a link in links.yaml. */
	link?: string;
	/** Id of a stage of the draft's path in stages.yaml. */
	stage?: string;
	/** Id of a reaction or response in reactions.yaml. */
	reaction?: string;
	/** Id of an entity in entities.yaml: the entity itself, or with `fact`, one of its facts. */
	entity?: string;
	/** Index (0-based) of the fact in the entity's `facts`. */
	fact?: number;
	/** Id of a call in calls.yaml: the call itself, or with `line`, one of its lines. */
	call?: string;
	/** Id of a line in the call. */
	line?: string;
	/** Stated provenance, when the claim is not in the data: its status… */
	status?: Status;
	/** …its source ids (from sources.yaml), as a list or as one string separated by spaces or
	 * commas (`sources="a b"`: story.svx typography would curl the quotes inside `{['a']}`)… */
	sources?: readonly string[] | string;
	/** …and, for a claimed fact, who claims it. */
	claimant?: string;
}

export interface ResolvedProvenance extends Provenance {
	/** Where it came from, for error messages and data attributes: "event k-post". */
	ref: string;
}

const REFERENCE_KEYS = ['event', 'link', 'stage', 'reaction', 'entity', 'call'] as const;

function find<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
	const found = items.find((item) => item.id === id);
	if (!found) {
		const known = items.map((item) => item.id).join(', ');
		throw new Error(`<Claim>: no ${what} "${id}" in this story (known: ${known})`);
	}
	return found;
}

export function resolveProvenance(story: Story, ref: ProvenanceRef): ResolvedProvenance {
	const keys = REFERENCE_KEYS.filter((key) => ref[key] !== undefined);
	const stated = ref.status !== undefined || ref.sources !== undefined;
	if (keys.length > 1)
		throw new Error(`<Claim>: give one of ${REFERENCE_KEYS.join(', ')}, not ${keys.join(' and ')}`);
	if (keys.length === 1 && stated)
		throw new Error(
			`<Claim ${keys[0]}="${ref[keys[0]!]}">: the status and sources come from the data; do not also give status or sources`
		);
	if (ref.fact !== undefined && ref.entity === undefined)
		throw new Error('<Claim fact={…}> needs entity="…" too');
	if (ref.line !== undefined && ref.call === undefined)
		throw new Error('<Claim line="…"> needs call="…" too');

	let resolved: ResolvedProvenance;
	if (ref.event !== undefined)
		resolved = { ...find(story.events, ref.event, 'event'), ref: `event ${ref.event}` };
	else if (ref.link !== undefined)
		resolved = { ...find(story.links, ref.link, 'link'), ref: `link ${ref.link}` };
	else if (ref.stage !== undefined)
		resolved = { ...find(story.stages, ref.stage, 'stage'), ref: `stage ${ref.stage}` };
	else if (ref.reaction !== undefined)
		resolved = {
			...find(story.reactions, ref.reaction, 'reaction'),
			ref: `reaction ${ref.reaction}`
		};
	else if (ref.entity !== undefined) {
		const entity = find(story.entities, ref.entity, 'entity');
		if (ref.fact === undefined) resolved = { ...entity, ref: `entity ${entity.id}` };
		else {
			const fact = entity.facts[ref.fact];
			if (!fact)
				throw new Error(
					`<Claim entity="${entity.id}" fact={${ref.fact}}>: ${entity.id} has ${entity.facts.length} facts (0-based)`
				);
			resolved = { ...fact, ref: `entity ${entity.id} fact ${ref.fact}` };
		}
	} else if (ref.call !== undefined) {
		const call = find(story.calls, ref.call, 'call');
		resolved =
			ref.line === undefined
				? { ...call, ref: `call ${call.id}` }
				: {
						...find(call.lines, ref.line, `line of call ${call.id}`),
						ref: `call ${call.id} line ${ref.line}`
					};
	} else {
		if (!ref.status || !STATUSES.includes(ref.status))
			throw new Error(
				`<Claim>: give a reference (event, link, stage, reaction, entity, call) or a status (${STATUSES.join(', ')})`
			);
		const sources =
			typeof ref.sources === 'string'
				? ref.sources.split(/[\s,]+/).filter(Boolean)
				: [...(ref.sources ?? [])];
		if (!sources.length)
			throw new Error('<Claim status="…">: give at least one source id in sources="…"');
		if (ref.status === 'disputed')
			throw new Error(
				'<Claim status="disputed">: a disputed fact needs its denial; put it in the data and refer to it by id'
			);
		if (ref.status === 'claimed' && !ref.claimant)
			throw new Error('<Claim status="claimed">: name the claimant, e.g. claimant="The Insider"');
		resolved = {
			status: ref.status,
			sources,
			claimant: ref.claimant,
			ref: 'stated'
		};
	}
	for (const id of resolved.sources) find(story.sources, id, 'source');
	return {
		status: resolved.status,
		sources: resolved.sources,
		claimant: resolved.claimant,
		denial: resolved.denial,
		ref: resolved.ref
	};
}
