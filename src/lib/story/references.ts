/**
 * Cross-file checks that the schema alone cannot make: every id a story refers to exists, no id
 * is defined twice, every source and entity defined is used, and the steps written in story.svx
 * match the step states in sections.yaml. Pure: data in, problems out.
 */
import type { DataPath, StoryProblem } from './problems.js';
import type { Story } from './schema.js';
import { didYouMean } from './suggest.js';
import type { SvxOutline } from './svxOutline.js';

/** True if the pieces of `phrase` between "…" marks all occur in `text`, in order. */
function piecesInOrder(text: string, phrase: string): boolean {
	let from = 0;
	for (const piece of phrase.split('…').map((p) => p.trim())) {
		if (!piece) continue;
		const at = text.indexOf(piece, from);
		if (at < 0) return false;
		from = at + piece.length;
	}
	return true;
}

/** The parsed story data, and the file each collection came from (layouts are added later, on the server). */
export type StoryData = Omit<Story, 'slug' | 'meta' | 'layouts'>;
export type DataFileOf = Record<keyof StoryData, string>;

interface Problem {
	file: string;
	path: DataPath;
	message: string;
	line?: number;
}

export function checkReferences(
	data: StoryData,
	files: DataFileOf,
	outline: SvxOutline,
	svxFile: string
): StoryProblem[] {
	const problems: Problem[] = [];
	const report = (file: string, path: DataPath, message: string) =>
		problems.push({ file, path, message });

	// --- ids defined once -------------------------------------------------------------------
	const idsOf = <T extends { id: string }>(items: T[], file: string, key: string, what: string) => {
		const ids = new Set<string>();
		items.forEach((item, i) => {
			if (ids.has(item.id))
				report(
					file,
					[key, i, 'id'],
					`"${item.id}" is already used by another ${what}; ids must be unique`
				);
			ids.add(item.id);
		});
		return ids;
	};
	const sourceIds = idsOf(data.sources, files.sources, 'sources', 'source');
	const entityIds = idsOf(data.entities, files.entities, 'entities', 'entity');
	const linkIds = idsOf(data.links, files.links, 'links', 'link');
	const eventIds = idsOf(data.events, files.events, 'events', 'event');
	const callIds = idsOf(data.calls, files.calls, 'calls', 'call');
	idsOf(data.reactions, files.reactions, 'reactions', 'reaction');
	const laneIds = idsOf(data.lanes, files.lanes, 'lanes', 'lane');
	const stageIds = idsOf(data.stages, files.stages, 'stages', 'stage');
	const flowIds = idsOf(data.flows, files.flows, 'flows', 'flow');
	idsOf(data.sections, files.sections, 'sections', 'section');
	data.calls.forEach((call, c) =>
		idsOf(call.lines, files.calls, `calls[${c}].lines`, 'line in this call')
	);

	const mustExist = (file: string, path: DataPath, id: string, ids: Set<string>, what: string) => {
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
		if (!cited.has(source.id))
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
	const lineOf = (callId: string, lineId: string) =>
		data.calls.find((c) => c.id === callId)?.lines.find((l) => l.id === lineId);
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
		const line = lineOf(callId, lineId);
		if (line && phrase && !(elided ? piecesInOrder(line.text, phrase) : line.text.includes(phrase)))
			report(
				file,
				[...path, 'phrase'],
				elided
					? `"${phrase}" is not the words of line "${lineId}"; a quote must copy them exactly, in order, with "…" where words are left out`
					: `"${phrase}" does not occur in line "${lineId}"; a highlight must copy the words exactly`
			);
		if (line && elided && line.kind !== 'verbatim')
			report(
				file,
				[...path, 'line'],
				`"${lineId}" is a paraphrase; only a verbatim line can be quoted`
			);
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

	// --- sections and their steps -------------------------------------------------------------
	const f = files.sections;
	data.sections.forEach((section, s) => {
		const at = (i: number, ...rest: (string | number)[]) => ['sections', s, 'steps', i, ...rest];
		switch (section.visual) {
			case 'timeline':
				section.steps.forEach((step, i) =>
					step.events.forEach((id, j) =>
						mustExist(f, at(i, 'events', j), id, eventIds, 'an event id in events.yaml')
					)
				);
				break;
			case 'transcript': {
				mustExist(f, ['sections', s, 'call'], section.call, callIds, 'a call id in calls.yaml');
				const call = data.calls.find((c) => c.id === section.call);
				if (!call) break;
				const lineIds = new Set(call.lines.map((l) => l.id));
				const shown = new Set<string>();
				section.steps.forEach((step, i) => {
					step.lines.forEach((id, j) => {
						mustExist(f, at(i, 'lines', j), id, lineIds, `a line of call "${call.id}"`);
						shown.add(id);
					});
					if (step.highlight) {
						checkLine(f, at(i, 'highlight'), call.id, step.highlight.line, step.highlight.phrase);
						if (lineIds.has(step.highlight.line) && !shown.has(step.highlight.line))
							report(
								f,
								at(i, 'highlight', 'line'),
								`"${step.highlight.line}" is highlighted before it is shown; add it to lines of this step or an earlier one`
							);
					}
				});
				break;
			}
			case 'draft-path':
				section.steps.forEach((step, i) => {
					step.stages.forEach((id, j) =>
						mustExist(f, at(i, 'stages', j), id, stageIds, 'a stage id in stages.yaml')
					);
					step.flows.forEach((id, j) =>
						mustExist(f, at(i, 'flows', j), id, flowIds, 'a flow id in stages.yaml')
					);
				});
				break;
			case 'network':
				section.steps.forEach((step, i) => {
					step.nodes.forEach((id, j) => entity(f, at(i, 'nodes', j), id));
					step.links.forEach((id, j) =>
						mustExist(f, at(i, 'links', j), id, linkIds, 'a link id in links.yaml')
					);
				});
				break;
		}
	});
	data.entities.forEach((e, i) => {
		if (!usedEntities.has(e.id))
			report(
				files.entities,
				['entities', i, 'id'],
				`entity "${e.id}" is never used; link it, give it a line or a reaction, or remove it`
			);
	});

	// --- story.svx steps against sections.yaml -------------------------------------------------
	const svxProblem = (line: number, message: string) =>
		problems.push({ file: svxFile, path: [], line, message });
	const sectionIds = new Set(data.sections.map((s) => s.id));
	const allStepIds = new Map<string, number>();
	const noteStep = (id: string, line: number) => {
		const first = allStepIds.get(id);
		if (first !== undefined)
			svxProblem(
				line,
				`step id "${id}" is already used on line ${first}; step ids are page anchors and must be unique`
			);
		else allStepIds.set(id, line);
	};
	outline.looseSteps.forEach((step) => noteStep(step.id, step.line));
	const writtenSections = new Set<string>();
	for (const written of outline.sections) {
		if (writtenSections.has(written.id))
			svxProblem(
				written.line,
				`<StorySection id="${written.id}"> appears twice; each section is written once`
			);
		writtenSections.add(written.id);
		written.steps.forEach((step) => noteStep(step.id, step.line));
		const section = data.sections.find((s) => s.id === written.id);
		if (!section) {
			svxProblem(
				written.line,
				`<StorySection id="${written.id}"> has no entry in ${f}${didYouMean(written.id, sectionIds)}`
			);
			continue;
		}
		const dataIds = section.steps.map((s) => s.id);
		const writtenIds = written.steps.map((s) => s.id);
		for (const step of written.steps) {
			if (!dataIds.includes(step.id))
				svxProblem(
					step.line,
					`<Step id="${step.id}"> has no state in ${f} section "${section.id}"${didYouMean(step.id, dataIds)}`
				);
		}
		const s = data.sections.indexOf(section);
		section.steps.forEach((step, i) => {
			if (!writtenIds.includes(step.id))
				report(
					f,
					['sections', s, 'steps', i, 'id'],
					`step "${step.id}" is not written in story.svx section "${section.id}"; add <Step id="${step.id}"> there or remove this state`
				);
		});
		const common = writtenIds.filter((id) => dataIds.includes(id));
		const dataOrder = dataIds.filter((id) => writtenIds.includes(id));
		if (common.join() !== dataOrder.join())
			svxProblem(
				written.line,
				`steps of section "${section.id}" are in a different order than in ${f} (story.svx: ${common.join(', ')}; data: ${dataOrder.join(', ')})`
			);
	}
	data.sections.forEach((section, s) => {
		if (!writtenSections.has(section.id))
			report(
				f,
				['sections', s, 'id'],
				`section "${section.id}" is not used in story.svx; add <StorySection id="${section.id}"> or remove it`
			);
	});

	return problems;
}
