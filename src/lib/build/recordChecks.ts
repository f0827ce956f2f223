/**
 * Editorial checks that hold a story to its fact base beyond the words of its quotations:
 * the dateline agrees with the latest dated fact, the network chart carries nothing that rests
 * on commentary alone, no one is credited with words that were someone else's, a quotation
 * whose exact wording has a status of its own is shown with that status, and no source is a
 * page the fact base says to avoid.
 *
 * Pure, like contentChecks.ts, which runs these with the others.
 */
import { resolveProvenance } from '../model/claimProvenance';
import type { ContentProblem, QuoteRecord } from './contentChecks';
import type { Story } from '../model/schema';
import type { Status } from '../model/status';
import { lineAt, normalizeMarks, svxClaims, svxProse } from './svxText';

/** What the fact base says beyond its quotations (FACTS-ADDENDUM.md, sections 0 and 5). */
export interface RecordRules {
	/** Fragments of the addresses of pages the fact base lists under "avoid". */
	avoid?: string[];
	/** Words never to put beside a person's name (in the same clause): "hybrid" with Ushakov. */
	neverWith?: { name: string; words: string[]; why: string }[];
	/** Quotations whose exact wording has a status of its own, whatever the fact around them. */
	quoteStatus?: { text: string; status: Status; why: string }[];
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {
	'Jan.': 1,
	'Feb.': 2,
	March: 3,
	April: 4,
	May: 5,
	June: 6,
	July: 7,
	'Aug.': 8,
	'Sept.': 9,
	'Oct.': 10,
	'Nov.': 11,
	'Dec.': 12
};
const AP_DATE = String.raw`(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2}),\s+(\d{4})`;
/** Words that say how current a text is: "checked through", "as of", "up to". */
const CURRENCY = new RegExp(
	String.raw`\b(checked through|as of|up to|up until|current to|runs? to)\s+` + AP_DATE,
	'gi'
);

const iso = (month: string, day: string, year: string) =>
	`${year}-${String(MONTHS[month]).padStart(2, '0')}-${day.padStart(2, '0')}`;

/** The latest full date (YYYY-MM-DD) of anything the story states or rests on: events, stages,
 * reactions, calls, links and sources. */
export function latestDatedFact(story: Story): string | undefined {
	const dates: string[] = [];
	const add = (d?: string) => d && /^\d{4}-\d{2}-\d{2}$/.test(d) && dates.push(d);
	for (const e of [...story.events, ...story.stages]) {
		add(e.date);
		add(e.end);
	}
	for (const item of [...story.reactions, ...story.calls, ...story.links, ...story.sources])
		add(item.date);
	return dates.sort().at(-1);
}

/** Every string in the story's data, with where it is. */
function* dataStrings(value: unknown, path: string): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* dataStrings(v, `${path}[${i}]`);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) yield* dataStrings(v, path ? `${path}.${k}` : k);
}

/** The frontmatter's factsCheckedThrough is the latest dated fact, and every sentence that
 * says how current the story is names that day. */
export function checkDateline(story: Story, svx: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const add = (where: string, message: string) => problems.push({ check: 'date', where, message });
	const checked = story.meta.factsCheckedThrough;
	const latest = latestDatedFact(story);
	if (!checked) add('story.svx frontmatter', 'has no factsCheckedThrough date');
	else if (latest && checked !== latest)
		add(
			'story.svx frontmatter',
			`factsCheckedThrough is ${checked}, but the latest dated fact in the story is ${latest}`
		);
	if (checked && story.meta.covers && story.meta.covers.to > checked)
		add('story.svx frontmatter', `covers.to (${story.meta.covers.to}) is after ${checked}`);
	const texts: [string, string][] = [
		...[...svx.matchAll(/^.*$/gm)].map((m): [string, string] => [
			`story.svx line ${lineAt(svx, m.index)}`,
			m[0]
		]),
		...dataStrings(
			{ events: story.events, stages: story.stages, flows: story.flows, sections: story.sections },
			''
		)
	];
	for (const [where, text] of texts)
		for (const [said, , month, day, year] of text.matchAll(CURRENCY)) {
			const date = iso(month!, day!, year!);
			if (date !== checked)
				add(
					where,
					`“${said}” says the story is current to ${date}; its facts are checked through ${checked ?? '(no date)'}`
				);
		}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// The chart, attributions, quotations with a status of their own, pages to avoid
// ---------------------------------------------------------------------------------------------

/** Nothing drawn on the network (node, node fact, link) rests on commentary alone: what only a
 * commentary says stays in the text, attributed. */
export function checkChart(story: Story): ContentProblem[] {
	const commentary = new Set(story.sources.filter((s) => s.kind === 'commentary').map((s) => s.id));
	const onlyCommentary = (sources: string[]) =>
		sources.length > 0 && sources.every((id) => commentary.has(id));
	const problems: ContentProblem[] = [];
	const add = (where: string) =>
		problems.push({
			check: 'chart',
			where,
			message:
				'rests on commentary alone, so it is not drawn on the network; say it in the text, attributed'
		});
	for (const e of story.entities) {
		if (onlyCommentary(e.sources)) add(`entities.yaml ${e.id}`);
		e.facts.forEach((f, i) => onlyCommentary(f.sources) && add(`entities.yaml ${e.id} fact ${i}`));
	}
	for (const l of story.links) if (onlyCommentary(l.sources)) add(`links.yaml ${l.id}`);
	return problems;
}

/** Clauses of a text: split at sentence ends and semicolons, never inside "U.S." or "Oct." */
const clauses = (text: string) => text.split(/;|(?<=[a-z\d”’)][.!?])\s+(?=[A-Z“])/);

export function checkAttributions(
	story: Story,
	svx: string,
	rules: RecordRules['neverWith'] = []
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const texts: [string, string][] = [
		...svxProse(svx)
			.split('\n')
			.map((line, i): [string, string] => [`story.svx line ${i + 1}`, line]),
		...dataStrings({ ...story, meta: undefined, layouts: undefined }, '')
	];
	for (const rule of rules) {
		const flag = (where: string, text: string) => {
			for (const word of rule.words)
				if (text.toLowerCase().includes(word.toLowerCase()))
					problems.push({
						check: 'attribution',
						where,
						message: `puts “${word}” beside ${rule.name}: ${rule.why}`
					});
		};
		for (const [where, text] of texts)
			for (const clause of clauses(text)) if (clause.includes(rule.name)) flag(where, clause);
		// What a reaction card or a call line says is in the mouth of the person it belongs to.
		for (const r of story.reactions)
			if (r.name.includes(rule.name))
				flag(`reactions.yaml ${r.id}`, [r.quote, r.summary].filter(Boolean).join(' '));
		for (const call of story.calls)
			for (const line of call.lines)
				if (story.entities.find((e) => e.id === line.speaker)?.name.includes(rule.name))
					flag(`calls.yaml ${call.id}/${line.id}`, line.text);
	}
	return problems;
}

/** A quotation whose exact wording has its own status (e.g. known only from reports and
 * translations) appears only inside a `<Claim>` of that status, and no item of the data that
 * quotes it claims a firmer one. */
export function checkQuoteStatus(
	story: Story,
	svx: string,
	rules: RecordRules['quoteStatus'] = []
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const add = (where: string, message: string) =>
		problems.push({ check: 'quote-status', where, message });
	const claims = svxClaims(svx);
	for (const rule of rules) {
		const words = normalizeMarks(rule.text);
		let inClaims = 0;
		for (const claim of claims) {
			if (!normalizeMarks(claim.text).includes(words)) continue;
			inClaims++;
			const status = resolveProvenance(story, claim.ref).status;
			if (status !== rule.status)
				add(`story.svx line ${claim.line}`, `quotes “${rule.text}” as ${status}: ${rule.why}`);
		}
		const inText = normalizeMarks(svxProse(svx)).split(words).length - 1;
		if (inText > inClaims)
			add('story.svx', `quotes “${rule.text}” outside a <Claim status="${rule.status}">`);
		for (const key of ['events', 'stages', 'flows', 'links', 'entities', 'reactions'] as const)
			story[key].forEach((item) => {
				const own = Object.values(item).filter((v): v is string => typeof v === 'string');
				if (own.some((v) => normalizeMarks(v).includes(words)) && item.status !== rule.status)
					add(`${key}.yaml ${item.id}`, `quotes “${rule.text}” as ${item.status}: ${rule.why}`);
			});
	}
	return problems;
}

/** No source is a page the fact base lists under "avoid". */
export function checkAvoidedSources(
	story: Story,
	avoid: RecordRules['avoid'] = []
): ContentProblem[] {
	return story.sources.flatMap((source) =>
		avoid
			.filter((fragment) => source.url?.includes(fragment))
			.map((fragment) => ({
				check: 'source' as const,
				where: `sources.yaml ${source.id}`,
				message: `is a page the fact base says to avoid (${fragment})`
			}))
	);
}

/** All the checks of this file. */
export function checkRecord(story: Story, svx: string, record: QuoteRecord): ContentProblem[] {
	return [
		...checkDateline(story, svx),
		...checkChart(story),
		...checkAttributions(story, svx, record.neverWith),
		...checkQuoteStatus(story, svx, record.quoteStatus),
		...checkAvoidedSources(story, record.avoid)
	];
}
