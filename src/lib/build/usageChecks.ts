/**
 * That everything a story defines is used, and everything it uses is defined: sources and
 * entities, across its data and story.svx (one of the editorial checks of contentChecks.ts).
 */
import type { ContentProblem } from './contentChecks';
import { RECORD_LISTS } from './references';
import type { Story } from '../model/schema';
import { svxClaims } from './svxText';

/** Every string in a value, with a path to it. */
export function* strings(value: unknown, path: string): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
	}
}

/** Every source and entity defined is used somewhere (data or story.svx), and every one used
 * is defined. An independent check of what the loader also enforces, extended to story.svx. */
export function checkUsage(story: Story, svx: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const usedSources = new Map<string, string>();
	const usedEntities = new Map<string, string>();
	const use = (map: Map<string, string>, id: string, where: string) => {
		if (!map.has(id)) map.set(id, where);
	};

	// Every `sources: [...]` list of the data (a fact's, a denial's), and a call's publisher.
	for (const key of RECORD_LISTS) {
		for (const [where, id] of strings(story[key], key))
			if (/\.sources\[\d+\]$/.test(where) || where.endsWith('publishedBy.source'))
				use(usedSources, id, where.replace(/\.sources\[\d+\]$/, ''));
	}

	story.links.forEach((l, i) => {
		use(usedEntities, l.from, `links[${i}].from`);
		use(usedEntities, l.to, `links[${i}].to`);
	});
	story.calls.forEach((c, i) => {
		c.participants.forEach((p) => use(usedEntities, p, `calls[${i}].participants`));
		c.lines.forEach((l, j) => use(usedEntities, l.speaker, `calls[${i}].lines[${j}].speaker`));
	});
	story.reactions.forEach(
		(r, i) => r.entity && use(usedEntities, r.entity, `reactions[${i}].entity`)
	);
	story.sections.forEach((s, i) => {
		if (s.visual === 'network')
			s.steps.forEach((step, j) =>
				step.nodes.forEach((n) => use(usedEntities, n, `sections[${i}].steps[${j}].nodes`))
			);
	});
	for (const { line, ref } of svxClaims(svx)) {
		const sources =
			typeof ref.sources === 'string' ? ref.sources.split(/[\s,]+/) : (ref.sources ?? []);
		for (const id of sources.filter(Boolean)) use(usedSources, id, `story.svx line ${line}`);
		if (ref.entity) use(usedEntities, ref.entity, `story.svx line ${line}`);
	}

	const definedSources = new Set(story.sources.map((s) => s.id));
	const definedEntities = new Set(story.entities.map((e) => e.id));
	for (const id of definedSources)
		if (!usedSources.has(id))
			problems.push({
				check: 'usage',
				where: `sources.yaml ${id}`,
				message: 'is defined but never cited'
			});
	for (const [id, where] of usedSources)
		if (!definedSources.has(id))
			problems.push({
				check: 'usage',
				where,
				message: `cites source "${id}", which is not defined`
			});
	for (const id of definedEntities)
		if (!usedEntities.has(id))
			problems.push({
				check: 'usage',
				where: `entities.yaml ${id}`,
				message: 'is defined but never used'
			});
	for (const [id, where] of usedEntities)
		if (!definedEntities.has(id))
			problems.push({
				check: 'usage',
				where,
				message: `names entity "${id}", which is not defined`
			});
	return problems;
}
