/**
 * Cross-file checks that the schema alone cannot make: every id a story refers to exists, no id
 * is defined twice, every source and entity defined is used, the draft's flows lead forward
 * (flowChecks.ts), and the steps written in story.svx match the step states in sections.yaml
 * (svxReferences.ts). Pure: data in, problems out.
 */
import type { DataPath, StoryProblem } from '../model/problems.js';
import { STORY_COLLECTIONS } from '../model/lookup.js';
import type { Story, VisualKind } from '../model/schema.js';
import { buildCatalog } from '../visuals/buildCatalog.js';
import { REFERABLE, type Referable, type VisualBuild } from '../visuals/buildTypes.js';
import { flowLoops } from './flowChecks.js';
import { quoteProblems } from './quoteChecks.js';
import { didYouMean } from './suggest.js';
import type { SvxOutline } from './svxOutline.js';
import { checkSvxSteps } from './svxReferences.js';

/** One visual's build half, for a section of that kind. (A section's kind and its section are
 * one union; TypeScript cannot pair them without this step.) */
const buildOf = <V extends VisualKind>(kind: V) => buildCatalog[kind] as VisualBuild<V>;

/** The parsed story data, and the file each collection came from (layouts are added later, on the server). */
export type StoryData = Omit<Story, 'slug' | 'meta' | 'layouts' | 'editions'>;
export type DataFileOf = Record<keyof StoryData, string>;

/** The story's lists of records, all but its sources (which are cited as published). */
export const RECORD_LISTS = [...STORY_COLLECTIONS, 'sections'] as const;

/**
 * What the schema rejected, so that the reference checks run on the rest in the same pass
 * without inventing problems: the ids of items that failed (defined, only not valid), and the
 * collections whose file could not be read at all (any id may be theirs).
 */
export interface Unchecked {
	ids: Partial<Record<keyof StoryData, ReadonlySet<string>>>;
	unreadable: ReadonlySet<keyof StoryData>;
}

/** A set that has every id: the ids of a collection whose file could not be read. */
class AnyId extends Set<string> {
	override has(): boolean {
		return true;
	}
}

export function checkReferences(
	data: StoryData,
	files: DataFileOf,
	outline: SvxOutline,
	svxFile: string,
	unchecked: Unchecked = { ids: {}, unreadable: new Set() }
): StoryProblem[] {
	const problems: StoryProblem[] = [];
	const report = (file: string, path: DataPath, message: string) =>
		problems.push({ file, path, message });
	// A fact that failed the schema may be the one that uses a source or an entity: "never
	// used" waits until every fact is valid.
	const complete =
		!unchecked.unreadable.size && Object.values(unchecked.ids).every((ids) => !ids.size);

	// --- ids defined once -------------------------------------------------------------------
	const unique = (items: { id: string }[], file: string, at: DataPath, what: string) => {
		const ids = new Set<string>();
		items.forEach((item, i) => {
			if (ids.has(item.id))
				report(
					file,
					[...at, i, 'id'],
					`"${item.id}" is already used by another ${what}; ids must be unique`
				);
			ids.add(item.id);
		});
		return ids;
	};
	const idsOf = (items: { id: string }[], key: keyof StoryData, what: string) => {
		if (unchecked.unreadable.has(key)) return new AnyId();
		const ids = unique(items, files[key], [key], what);
		for (const id of unchecked.ids[key] ?? []) ids.add(id);
		return ids;
	};
	const sourceIds = idsOf(data.sources, 'sources', 'source');
	const entityIds = idsOf(data.entities, 'entities', 'entity');
	const linkIds = idsOf(data.links, 'links', 'link');
	const eventIds = idsOf(data.events, 'events', 'event');
	const callIds = idsOf(data.calls, 'calls', 'call');
	idsOf(data.reactions, 'reactions', 'reaction');
	const laneIds = idsOf(data.lanes, 'lanes', 'lane');
	const stageIds = idsOf(data.stages, 'stages', 'stage');
	const flowIds = idsOf(data.flows, 'flows', 'flow');
	idsOf(data.sections, 'sections', 'section');
	data.calls.forEach((call, c) =>
		unique(call.lines, files.calls, ['calls', c, 'lines'], 'line in this call')
	);

	const mustExist = (
		file: string,
		path: DataPath,
		id: string,
		ids: ReadonlySet<string>,
		what: string
	) => {
		if (!ids.has(id)) report(file, path, `"${id}" is not ${what}${didYouMean(id, ids)}`);
	};

	// --- sources: every cited id exists, every defined source is cited ------------------------
	const cited = new Set<string>();
	const walkSources = (value: unknown, file: string, path: DataPath) => {
		if (Array.isArray(value)) value.forEach((v, i) => walkSources(v, file, [...path, i]));
		else if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value)) {
				if (key === 'sources' && Array.isArray(child)) {
					child.forEach((id: string, i) => {
						cited.add(id);
						mustExist(file, [...path, key, i], id, sourceIds, 'a source id in sources.yaml');
					});
				} else walkSources(child, file, [...path, key]);
			}
		}
	};
	for (const key of Object.keys(files) as (keyof StoryData)[]) {
		if (key !== 'sources') walkSources(data[key], files[key], [key]);
	}
	for (const { id, line } of outline.claimSources ?? []) {
		cited.add(id);
		if (!sourceIds.has(id))
			problems.push({
				file: svxFile,
				path: [],
				line,
				message: `<Claim sources="…"> cites "${id}", which is not a source id in sources.yaml${didYouMean(id, sourceIds)}`
			});
	}
	data.calls.forEach((call, c) => {
		cited.add(call.publishedBy.source);
		mustExist(
			files.calls,
			['calls', c, 'publishedBy', 'source'],
			call.publishedBy.source,
			sourceIds,
			'a source id in sources.yaml'
		);
	});
	data.sources.forEach((source, i) => {
		if (complete && !cited.has(source.id))
			report(
				files.sources,
				['sources', i, 'id'],
				`source "${source.id}" is never cited; cite it in some sources: [...] list or remove it`
			);
	});

	// --- entities ------------------------------------------------------------------------------
	const usedEntities = new Set<string>();
	const entity = (file: string, path: DataPath, id: string) => {
		usedEntities.add(id);
		mustExist(file, path, id, entityIds, 'an entity id in entities.yaml');
	};
	data.links.forEach((link, i) => {
		entity(files.links, ['links', i, 'from'], link.from);
		entity(files.links, ['links', i, 'to'], link.to);
		if (link.from === link.to)
			report(files.links, ['links', i, 'to'], `a link cannot connect "${link.from}" to itself`);
	});
	data.calls.forEach((call, c) => {
		call.participants.forEach((p, i) => entity(files.calls, ['calls', c, 'participants', i], p));
		call.lines.forEach((line, l) => {
			entity(files.calls, ['calls', c, 'lines', l, 'speaker'], line.speaker);
			if (entityIds.has(line.speaker) && !call.participants.includes(line.speaker))
				report(
					files.calls,
					['calls', c, 'lines', l, 'speaker'],
					`"${line.speaker}" is not a participant of this call (participants: ${call.participants.join(', ')})`
				);
		});
	});
	data.reactions.forEach((reaction, i) => {
		if (reaction.entity) entity(files.reactions, ['reactions', i, 'entity'], reaction.entity);
		if (!reaction.quote && !reaction.summary)
			report(
				files.reactions,
				['reactions', i],
				'needs a quote (verbatim words) or a summary (our paraphrase), or both'
			);
	});

	// --- timeline, draft path ----------------------------------------------------------------
	data.events.forEach((event, i) => {
		if (event.end && event.end < event.date)
			report(
				files.events,
				['events', i, 'end'],
				`"${event.end}" is before the start date ${event.date}`
			);
	});
	const checkLine = (
		file: string,
		path: DataPath,
		callId: string,
		lineId: string,
		phrase?: string,
		/** A stage's quote may leave words out with "…"; each piece must be the line's, in order. */
		elided = false
	) => {
		const call = data.calls.find((c) => c.id === callId);
		if (!call) return;
		const lineIds = new Set(call.lines.map((l) => l.id));
		mustExist(file, [...path, 'line'], lineId, lineIds, `a line of call "${callId}"`);
		const line = call.lines.find((l) => l.id === lineId);
		for (const { field, message } of line ? quoteProblems(line, phrase, elided) : [])
			report(file, [...path, field], message);
	};
	data.stages.forEach((stage, i) => {
		mustExist(files.stages, ['stages', i, 'lane'], stage.lane, laneIds, 'a lane id in stages.yaml');
		if (stage.event)
			mustExist(
				files.stages,
				['stages', i, 'event'],
				stage.event,
				eventIds,
				'an event id in events.yaml'
			);
		if (stage.quote) {
			mustExist(
				files.stages,
				['stages', i, 'quote', 'call'],
				stage.quote.call,
				callIds,
				'a call id in calls.yaml'
			);
			checkLine(
				files.stages,
				['stages', i, 'quote'],
				stage.quote.call,
				stage.quote.line,
				stage.quote.phrase,
				true
			);
		}
	});
	data.flows.forEach((flow, i) => {
		mustExist(files.flows, ['flows', i, 'from'], flow.from, stageIds, 'a stage id in stages.yaml');
		mustExist(files.flows, ['flows', i, 'to'], flow.to, stageIds, 'a stage id in stages.yaml');
	});
	for (const { index, message } of flowLoops(data.flows))
		report(files.flows, ['flows', index, 'to'], message);

	// --- sections: each visual checks what its steps name (its folder's build.ts) ----------------
	const f = files.sections;
	const known: Record<Referable, Set<string>> = {
		entities: entityIds,
		links: linkIds,
		events: eventIds,
		calls: callIds,
		stages: stageIds,
		flows: flowIds
	};
	data.sections.forEach((section, s) => {
		const at = (path: DataPath): DataPath => ['sections', s, ...path];
		buildOf(section.visual).checks(section, {
			data,
			report: (path, message) => report(f, at(path), message),
			refer: (path, id, collection) =>
				collection === 'entities'
					? entity(f, at(path), id)
					: mustExist(f, at(path), id, known[collection], REFERABLE[collection]),
			mustExist: (path, id, ids, what) => mustExist(f, at(path), id, ids, what),
			checkLine: (path, call, line, phrase) => checkLine(f, at(path), call, line, phrase)
		});
	});
	data.entities.forEach((e, i) => {
		if (complete && !usedEntities.has(e.id))
			report(
				files.entities,
				['entities', i, 'id'],
				`entity "${e.id}" is never used; link it, give it a line or a reaction, or remove it`
			);
	});

	// --- story.svx steps against sections.yaml -------------------------------------------------
	// (An empty story.svx is reported as such; its missing sections would only repeat it.)
	if (outline.hasBody)
		problems.push(...checkSvxSteps(data.sections, outline, svxFile, f, unchecked.ids.sections));

	return problems;
}
