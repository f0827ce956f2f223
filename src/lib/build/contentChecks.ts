/**
 * Editorial checks on a loaded story, beyond what the schema and the loader enforce: that
 * quotations are the exact words on record, that every fact stands on a source, that nothing
 * resting on commentary is presented as established, and that everything defined is used.
 *
 * Pure: a story, the text of its story.svx and a list of the verbatim words on record go in;
 * a list of problems comes out. The content tests run these on the flagship story, and on
 * altered copies of it to prove that each check catches what it is meant to.
 */
import { resolveProvenance } from '../model/claimProvenance';
import { checkRecord, type RecordRules } from './recordChecks';
import { RECORD_LISTS } from './references';
import type { Story } from '../model/schema';
import { normalizeMarks, svxClaims, svxProse } from './svxText';
import { checkUsage, strings } from './usageChecks';

export { normalizeMarks, svxClaims, type SvxClaim } from './svxText';
export { checkUsage } from './usageChecks';
import { isEstablished, STATUSES, type Status } from '../model/status';

/** The words on record, copied from the fact base, and what it says about them. */
export interface QuoteRecord extends RecordRules {
	/** Verbatim lines of the calls, by call and speaker. */
	callLines: { call: string; speaker: string; text: string }[];
	/** Verbatim words of the people who reacted or responded, by name. */
	statements: { name: string; text: string }[];
	/** Short phrases the fact base quotes (a word of a post, a description in a notice). */
	phrases: string[];
	/** Words put in quotation marks as a label, not as anyone's speech ("American plan"). */
	scareQuotes: string[];
	/** Words that must not appear anywhere: re-translations and known errors. */
	forbidden: string[];
}

export interface ContentProblem {
	/** Which check found it. */
	check:
		| 'quote'
		| 'source'
		| 'commentary'
		| 'usage'
		| 'claim'
		| 'date'
		| 'chart'
		| 'attribution'
		| 'quote-status';
	/** Where: "calls.yaml oct-14/twenty-points", "story.svx line 24". */
	where: string;
	message: string;
}

/** Every span in double quotation marks, straight or curly. */
export function quotedSpans(text: string): string[] {
	const spans: string[] = [];
	for (const m of text.matchAll(/“([^”]*)”|"([^"]*)"/g)) spans.push((m[1] ?? m[2])!);
	return spans;
}

/** Every quotation must be a piece of something on record (or a listed label). */
function quotationProblem(span: string, record: QuoteRecord): string | undefined {
	const said = normalizeMarks(span).trim();
	if (!said) return undefined;
	const onRecord = [
		...record.callLines.map((l) => l.text),
		...record.statements.map((s) => s.text),
		...record.phrases
	].map(normalizeMarks);
	const labels = record.scareQuotes.map(normalizeMarks);
	// News style sets a closing period or comma inside the quotation marks, said or not; and a
	// quotation may change the case of its first letter to open or join a sentence.
	const forms = new Set([said, said.replace(/(?<!\.\.)[.,]$/, '')]);
	for (const words of [...forms]) {
		forms.add(words.charAt(0).toLowerCase() + words.slice(1));
		forms.add(words.charAt(0).toUpperCase() + words.slice(1));
	}
	for (const words of forms) {
		if (labels.includes(words)) return undefined;
		if (words && onRecord.some((text) => text.includes(words))) return undefined;
	}
	return `“${span}” is in quotation marks but is not the exact words of anything on record`;
}

interface Provenanced {
	status: Status;
	sources: string[];
	claimant?: string;
}

/** Every object in the data that carries a status (facts, quotes, events, nodes, links…). */
function* provenanced(value: unknown, path: string): Generator<[string, Provenanced]> {
	if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) yield* provenanced(v, `${path}[${i}]`);
	} else if (value && typeof value === 'object') {
		if ('status' in value) yield [path, value as Provenanced];
		for (const [k, v] of Object.entries(value)) yield* provenanced(v, path ? `${path}.${k}` : k);
	}
}

const DATA_KEYS = RECORD_LISTS;

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

/** Call lines and reactions: flagged verbatim or paraphrase, and verbatim means word for word. */
export function checkQuotes(story: Story, record: QuoteRecord): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const add = (where: string, message: string) => problems.push({ check: 'quote', where, message });

	for (const call of story.calls) {
		for (const line of call.lines) {
			const where = `calls.yaml ${call.id}/${line.id}`;
			if (line.kind !== 'verbatim' && line.kind !== 'paraphrase') {
				add(where, `is not flagged verbatim or paraphrase (kind: ${String(line.kind)})`);
				continue;
			}
			const recorded = record.callLines.filter(
				(r) => r.call === call.id && r.speaker === line.speaker
			);
			if (line.kind === 'verbatim' && !recorded.some((r) => r.text === line.text))
				add(
					where,
					`verbatim line of ${line.speaker} does not match, word for word, any line on record for this call: "${line.text}"`
				);
			if (line.kind === 'paraphrase') {
				if (recorded.some((r) => normalizeMarks(r.text) === normalizeMarks(line.text)))
					add(where, 'is a verbatim line flagged as paraphrase');
				for (const span of quotedSpans(line.text)) {
					const problem = quotationProblem(span, record);
					if (problem) add(where, problem);
				}
			}
		}
	}

	for (const reaction of story.reactions) {
		const where = `reactions.yaml ${reaction.id}`;
		if (!reaction.quote && !reaction.summary)
			add(where, 'has neither a verbatim quote nor a summary');
		if (reaction.quote) {
			const said = record.statements.filter((s) => s.name === reaction.name);
			if (!said.some((s) => s.text === reaction.quote))
				add(
					where,
					`quote of ${reaction.name} does not match, word for word, anything on record: "${reaction.quote}"`
				);
		}
		if (reaction.summary && /^\s*["“].*["”]\s*$/s.test(reaction.summary))
			add(where, 'summary (our paraphrase) is wrapped in quotation marks');
	}

	// Quotation marks anywhere else in the data: the words inside must be on record.
	for (const key of ['sources', ...DATA_KEYS] as const) {
		for (const [path, text] of strings(story[key], key)) {
			if (/^reactions\[\d+\]\.quote$/.test(path) || /^calls\[\d+\]\.lines\[\d+\]\.text$/.test(path))
				continue;
			for (const span of quotedSpans(text)) {
				const problem = quotationProblem(span, record);
				if (problem) add(path, problem);
			}
		}
	}
	for (const [path, text] of strings(story, '')) {
		for (const bad of record.forbidden)
			if (normalizeMarks(text).toLowerCase().includes(normalizeMarks(bad).toLowerCase()))
				add(path, `contains "${bad}", which the fact base rules out`);
	}
	return problems;
}

/** Every fact carries at least one source, and each source it names is defined. */
export function checkSources(story: Story): ContentProblem[] {
	const defined = new Set(story.sources.map((s) => s.id));
	const problems: ContentProblem[] = [];
	for (const key of DATA_KEYS) {
		for (const [where, item] of provenanced(story[key], key)) {
			if (!STATUSES.includes(item.status))
				problems.push({
					check: 'source',
					where,
					message: `status "${item.status}" is not one of ${STATUSES.join(', ')}`
				});
			if (!Array.isArray(item.sources) || item.sources.length === 0)
				problems.push({ check: 'source', where, message: 'has no source' });
			for (const id of item.sources ?? [])
				if (!defined.has(id))
					problems.push({
						check: 'source',
						where,
						message: `cites "${id}", which sources.yaml does not define`
					});
		}
	}
	return problems;
}

/** Nothing that rests on commentary is shown as documented or reported. */
export function checkCommentary(story: Story): ContentProblem[] {
	const commentary = new Set(story.sources.filter((s) => s.kind === 'commentary').map((s) => s.id));
	const problems: ContentProblem[] = [];
	for (const key of DATA_KEYS) {
		for (const [where, item] of provenanced(story[key], key)) {
			const cited = (item.sources ?? []).filter((id) => commentary.has(id));
			if (cited.length && isEstablished(item.status))
				problems.push({
					check: 'commentary',
					where,
					message: `cites commentary (${cited.join(', ')}) but is marked ${item.status}; it can only be claimed or disputed`
				});
		}
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// story.svx
// ---------------------------------------------------------------------------------------------

/** The claims and quotations written in story.svx. */
export function checkSvx(svx: string, story: Story, record: QuoteRecord): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const commentary = new Set(story.sources.filter((s) => s.kind === 'commentary').map((s) => s.id));
	for (const { line, ref } of svxClaims(svx)) {
		const where = `story.svx line ${line}`;
		try {
			const provenance = resolveProvenance(story, ref);
			const cited = provenance.sources.filter((id) => commentary.has(id));
			if (cited.length && isEstablished(provenance.status))
				problems.push({
					check: 'commentary',
					where,
					message: `<Claim> cites commentary (${cited.join(', ')}) but is marked ${provenance.status}`
				});
		} catch (error) {
			problems.push({ check: 'claim', where, message: (error as Error).message });
		}
	}
	const prose = svxProse(svx);
	for (const [i, text] of prose.split('\n').entries()) {
		for (const span of quotedSpans(text)) {
			const problem = quotationProblem(span, record);
			if (problem)
				problems.push({ check: 'quote', where: `story.svx line ${i + 1}`, message: problem });
		}
		for (const bad of record.forbidden)
			if (normalizeMarks(text).toLowerCase().includes(normalizeMarks(bad).toLowerCase()))
				problems.push({
					check: 'quote',
					where: `story.svx line ${i + 1}`,
					message: `contains "${bad}", which the fact base rules out`
				});
	}
	return problems;
}

/** All the checks together. */
export function checkContent(story: Story, svx: string, record: QuoteRecord): ContentProblem[] {
	return [
		...checkQuotes(story, record),
		...checkSources(story),
		...checkCommentary(story),
		...checkSvx(svx, story, record),
		...checkUsage(story, svx),
		...checkRecord(story, svx, record)
	];
}
