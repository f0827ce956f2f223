/**
 * Content tests for the flagship story: the journalism, not the code. Quotations are the exact
 * words on record, every fact carries the status the fact base gives it and stands on a defined
 * source, nothing that rests on commentary is presented as established or drawn on the chart,
 * the dateline agrees with the latest dated fact, and everything defined is used.
 *
 * The words on record are two fixtures copied from the fact base (tests/fixtures/facts-quotes.json
 * from FACTS.md, tests/fixtures/facts-addendum-quotes.json from FACTS-ADDENDUM.md); each fixture
 * is itself checked against its copy of the fact base in tests/fixtures/facts/.
 *
 * The second half alters copies of the story and asserts that each check catches the change:
 * a test that cannot fail proves nothing.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	checkCommentary,
	checkContent,
	checkQuotes,
	checkSources,
	checkSvx,
	checkUsage,
	normalizeMarks,
	svxClaims,
	type ContentProblem,
	type QuoteRecord
} from '../../src/lib/build/contentChecks';
import { inspectStory, loadStory } from '../../src/lib/build/loader';
import {
	checkAttributions,
	checkAvoidedSources,
	checkChart,
	checkDateline,
	checkQuoteStatus,
	latestDatedFact
} from '../../src/lib/build/recordChecks';
import type { Story } from '../../src/lib/model/schema';
import { resolveProvenance, type ProvenanceRef } from '../../src/lib/model/claimProvenance';

const ROOT = process.cwd();
const STORY_DIR = join(ROOT, 'stories/american-plan');
/** The checked fact base, copied into the repository so that the checks run on any clone. */
const FACT_FILES = {
	facts: { copy: 'tests/fixtures/facts/FACTS.md', fixture: 'tests/fixtures/facts-quotes.json' },
	addendum: {
		copy: 'tests/fixtures/facts/FACTS-ADDENDUM.md',
		fixture: 'tests/fixtures/facts-addendum-quotes.json'
	}
};
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

for (const { copy } of Object.values(FACT_FILES)) {
	/** Where the team keeps it; when present, the copy must be identical. */
	const shared = join(ROOT, '../shared/sources', copy.split('/').pop()!);
	it.runIf(existsSync(shared))(`keeps its copy of ${copy} identical to the shared one`, () => {
		expect(read(copy)).toBe(readFileSync(shared, 'utf8'));
	});
}

const facts: QuoteRecord = JSON.parse(read(FACT_FILES.facts.fixture));
const addendum: QuoteRecord = JSON.parse(read(FACT_FILES.addendum.fixture));
/** The words on record in both files, and what the addendum says about them. */
const record: QuoteRecord = {
	callLines: [...facts.callLines, ...(addendum.callLines ?? [])],
	statements: [...facts.statements, ...addendum.statements],
	phrases: [...facts.phrases, ...addendum.phrases],
	scareQuotes: [...facts.scareQuotes, ...(addendum.scareQuotes ?? [])],
	forbidden: [...facts.forbidden, ...(addendum.forbidden ?? [])],
	avoid: addendum.avoid,
	neverWith: addendum.neverWith,
	quoteStatus: addendum.quoteStatus
};
const story = loadStory(STORY_DIR, ROOT);
const svx = readFileSync(join(STORY_DIR, 'story.svx'), 'utf8');

/** A deep copy to alter. */
const copy = (): Story => structuredClone(story);
const messages = (problems: ContentProblem[]) =>
	problems.map((p) => `${p.where}: ${p.message}`).join('\n');
/** story.svx with one passage replaced; fails if the passage is not there. */
const alterSvx = (from: string, to: string) => {
	expect(svx).toContain(from);
	return svx.replace(from, to);
};

// ---------------------------------------------------------------------------------------------
// What the fact base says each item is (FACTS.md as corrected by FACTS-ADDENDUM.md)
// ---------------------------------------------------------------------------------------------

const EXPECTED_STATUS: [ProvenanceRef, string, string?][] = [
	// The calls: Oct. 29 disputed by Dmitriev, who was on it (addendum C4 and section 5).
	[{ call: 'oct-14' }, 'documented'],
	[{ call: 'oct-29' }, 'disputed', 'Kirill Dmitriev'],
	[{ call: 'oct-29', line: 'our-position' }, 'disputed', 'Kirill Dmitriev'],
	[{ call: 'oct-29', line: 'maximum-position' }, 'disputed', 'Kirill Dmitriev'],
	[{ event: 'call-2' }, 'disputed', 'Kirill Dmitriev'],
	[{ stage: 'call-2' }, 'disputed', 'Kirill Dmitriev'],
	[{ link: 'call-oct-29' }, 'disputed', 'Kirill Dmitriev'],
	// Authorship (section 1) and Reuters (section 2).
	[{ event: 'authorship-dispute' }, 'disputed', 'the State Department'],
	[{ stage: 'proposal-received' }, 'disputed', 'the State Department'],
	[{ stage: 'us-drafting' }, 'reported'],
	[{ event: 'non-paper' }, 'reported'],
	[{ stage: 'non-paper' }, 'reported'],
	[{ event: 'miami-meeting' }, 'reported'],
	[{ stage: 'earlier-draft' }, 'claimed'],
	// Ukraine's part (section 3).
	[{ stage: 'umerov-miami' }, 'reported'],
	[{ event: 'umerov-denial' }, 'disputed', 'Rustem Umerov'],
	[{ event: 'geneva-talks' }, 'documented'],
	[{ event: 'fewer-points' }, 'documented'],
	[{ stage: 'nineteen-points' }, 'reported'],
	[{ stage: 'twenty-two' }, 'documented'],
	[{ stage: 'twenty-points' }, 'reported'],
	// The deadline (section 4), the Kremlin (5), what happened next (7).
	[{ event: 'thanksgiving-deadline' }, 'documented'],
	[{ event: 'not-final-offer' }, 'documented'],
	[{ event: 'plan-fine-tuned' }, 'documented'],
	[{ event: 'deadline-dropped' }, 'documented'],
	[{ event: 'moscow-responds' }, 'documented'],
	[{ event: 'putin-responds' }, 'documented'],
	[{ event: 'kremlin-meeting' }, 'documented'],
	[{ event: 'berlin-talks' }, 'reported'],
	[{ event: 'trilateral-rounds' }, 'reported'],
	[{ event: 'talks-paused' }, 'reported'],
	// The post is documented; who "K" is, and its exact English words, are not (C5, section 9).
	[{ event: 'k-post' }, 'documented'],
	[{ event: 'plan-reported' }, 'reported'],
	// People (section 8; FACTS.md for the reprinted Taylor quote).
	[{ link: 'witkoff-friend' }, 'reported'],
	[{ entity: 'witkoff', fact: 0 }, 'reported'],
	[{ entity: 'kushner' }, 'reported'],
	[{ entity: 'cheung' }, 'documented'],
	[{ entity: 'dmitriev' }, 'documented'],
	[{ reaction: 'taylor' }, 'reported']
];

/** Where a story's items differ from EXPECTED_STATUS, one line each. */
function statusMismatches(s: Story): string[] {
	return EXPECTED_STATUS.flatMap(([ref, status, deniedBy]) => {
		const got = resolveProvenance(s, ref);
		const wrong = [];
		if (got.status !== status) wrong.push(`${got.ref} is ${got.status}, not ${status}`);
		if (deniedBy && got.denial?.by !== deniedBy)
			wrong.push(`${got.ref} has no denial by ${deniedBy}`);
		return wrong;
	});
}

/** Every account on record of where the plan came from, as a flow into it. */
const FLOWS_INTO_PLAN: Record<string, { from: string; status: string; deniedBy?: string }> = {
	'drafting-to-plan': { from: 'us-drafting', status: 'disputed', deniedBy: 'Sen. Mike Rounds' },
	'proposal-to-plan': {
		from: 'proposal-received',
		status: 'disputed',
		deniedBy: 'the State Department'
	},
	'non-paper-to-plan': { from: 'non-paper', status: 'reported' },
	'miami-to-plan': { from: 'miami', status: 'reported' },
	'draft-to-plan': { from: 'earlier-draft', status: 'claimed' },
	'umerov-to-plan': { from: 'umerov-miami', status: 'disputed', deniedBy: 'Rustem Umerov' }
};

function flowMismatches(s: Story): string[] {
	const into = s.flows.filter((f) => f.to === 'us-plan');
	const wrong = [];
	const ids = into.map((f) => f.id).sort();
	if (ids.join() !== Object.keys(FLOWS_INTO_PLAN).sort().join())
		wrong.push(`flows into the plan are ${ids.join(', ')}`);
	for (const flow of into) {
		const want = FLOWS_INTO_PLAN[flow.id];
		if (!want) continue;
		if (flow.from !== want.from) wrong.push(`${flow.id} comes from ${flow.from}`);
		if (flow.status !== want.status) wrong.push(`${flow.id} is ${flow.status}`);
		if (want.deniedBy && flow.denial?.by !== want.deniedBy)
			wrong.push(`${flow.id} lacks the denial by ${want.deniedBy}`);
		if (flow.status === 'claimed' && !flow.claimant) wrong.push(`${flow.id} names no claimant`);
	}
	// Nothing on record ties the paper of the Oct. 29 call to the plan or to the non-paper (C7).
	for (const flow of s.flows)
		if ([flow.from, flow.to].includes('call-2'))
			wrong.push(
				`${flow.id} ties the Oct. 29 call to ${flow.from === 'call-2' ? flow.to : flow.from}`
			);
	return wrong;
}

describe('the flagship story', () => {
	it('passes every content check', () => {
		expect(messages(checkContent(story, svx, record))).toBe('');
	});

	it('quotes every verbatim call line and reaction word for word', () => {
		const verbatim = story.calls.flatMap((c) => c.lines.filter((l) => l.kind === 'verbatim'));
		expect(verbatim.length).toBeGreaterThan(5);
		for (const line of verbatim) expect(record.callLines.map((r) => r.text)).toContain(line.text);
		const quotes = story.reactions.filter((r) => r.quote);
		expect(quotes.length).toBeGreaterThan(5);
		for (const r of quotes) expect(record.statements.map((s) => s.text)).toContain(r.quote);
	});

	it('flags every call line verbatim or paraphrase, and shows paraphrase without quotation marks', () => {
		for (const line of story.calls.flatMap((c) => c.lines)) {
			expect(['verbatim', 'paraphrase']).toContain(line.kind);
			if (line.kind === 'paraphrase') expect(line.text).not.toMatch(/^["“]/);
		}
		for (const r of story.reactions) if (r.summary) expect(r.summary).not.toMatch(/^["“].*["”]$/);
	});

	it('gives every fact at least one source that exists, and none the fact base says to avoid', () => {
		expect(checkSources(story)).toEqual([]);
		expect(checkAvoidedSources(story, record.avoid)).toEqual([]);
	});

	it('marks claims from the source article claimed, names their claimant, and keeps them off the chart', () => {
		const fromArticle = svxClaims(svx).filter(({ ref }) =>
			String(ref.sources ?? '').includes('source-article')
		);
		expect(fromArticle.length).toBeGreaterThan(3);
		for (const { ref } of fromArticle) {
			expect(ref.status).toBe('claimed');
			expect(ref.claimant).toMatch(/^a commentary article/);
		}
		expect(checkCommentary(story)).toEqual([]);
		expect(checkChart(story)).toEqual([]);
	});

	it('no longer draws the intelligence cluster that rests on the commentary alone', () => {
		const ids = new Set([...story.entities.map((e) => e.id), ...story.links.map((l) => l.id)]);
		for (const gone of ['svr', 'fsb', 'gru', 'chobotov', 'averyanov'])
			expect(ids.has(gone), gone).toBe(false);
		for (const gone of ['dmitriev-svr', 'dmitriev-chobotov', 'svr-averyanov', 'fsb-svr-gru'])
			expect(ids.has(gone), gone).toBe(false);
		expect(story.sources.map((s) => s.id)).not.toContain('nyt-29155');
	});

	it('gives each item of the record the status, and the denial, the fact base gives it', () => {
		expect(statusMismatches(story)).toEqual([]);
	});

	it('draws every account of where the plan came from as a flow into it, with its status and denial', () => {
		expect(flowMismatches(story)).toEqual([]);
		// The mid-October non-paper and the Oct. 29 paper are separate stages (addendum C7).
		const stage = (id: string) => story.stages.find((s) => s.id === id)!;
		expect(stage('non-paper').date < stage('call-2').date).toBe(true);
	});

	it('tells the deadline in the order it happened, naming the outlet for “when it’s over”', () => {
		const order = [
			'thanksgiving-deadline',
			'not-final-offer',
			'plan-fine-tuned',
			'deadline-dropped'
		];
		const dates = order.map((id) => story.events.find((e) => e.id === id)!.date);
		expect([...dates].sort()).toEqual(dates);
		const at = order.map((id) => svx.indexOf(`<Claim event="${id}">`));
		expect(at.every((i) => i > 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		expect(story.events.find((e) => e.id === 'deadline-dropped')!.title).toMatch(/Reuters/);
	});

	it('dates the story to its publication, and its facts to the latest dated fact', () => {
		expect(story.meta.published).toBe('2026-12-05');
		expect(story.meta.updated).toBe('2026-12-05');
		expect(story.meta.factsCheckedThrough).toBe(latestDatedFact(story));
		expect(story.meta.covers).toEqual({ from: '2025-10-14', to: '2026-03-19' });
		expect(checkDateline(story, svx)).toEqual([]);
		expect(svx).not.toMatch(/Nov\. 26, 2025/);
	});

	it('says who people are, as the fact base does', () => {
		const entity = (id: string) => story.entities.find((e) => e.id === id)!;
		expect(entity('cheung').role).toBe('White House communications director');
		expect(story.reactions.find((r) => r.id === 'cheung')!.role).toBe(
			'White House communications director'
		);
		expect(entity('kushner').role).toMatch(/Trump’s son-in-law/);
		expect(entity('dmitriev').role).toMatch(/Russian Direct Investment Fund \(RDIF\) since 2011/);
		expect(entity('dmitriev').role).toMatch(/Putin’s special envoy since February 2025/);
		expect(entity('dmitriev').bio).toMatch(
			/special envoy for investment and economic cooperation by a decree of Feb\. 23, 2025/
		);
		expect(entity('witkoff').facts[0]).toMatchObject({ status: 'reported' });
		expect(entity('witkoff').facts[0]!.text).toMatch(/friend for decades/);
		expect(checkAttributions(story, svx, record.neverWith)).toEqual([]);
	});

	it('quotes Cheung’s whole sentence, Bacon from his own post, Taylor one sentence at a time', () => {
		const reaction = (id: string) => story.reactions.find((r) => r.id === id)!;
		expect(reaction('cheung').quote).toMatch(
			/^This story proves one thing: .* appointed him to do\.$/
		);
		expect(reaction('cheung').quote).not.toContain('…');
		const bacon = story.sources.find((s) => s.id === reaction('bacon').sources[0])!;
		expect(bacon).toMatchObject({ kind: 'primary', outlet: 'Don Bacon on X' });
		expect(reaction('taylor').quote).not.toContain('…');
	});

	it('names the outlet whose wording it quotes where outlets differ', () => {
		const lineWith = (words: string) =>
			svx.split('\n').find((line) => normalizeMarks(line).includes(normalizeMarks(words))) ?? '';
		const named: [string, string][] = [
			['standard negotiation', 'Mediaite'],
			['The deadline for me is when it’s over', 'Reuters'],
			['could be fake, or maybe', 'Novyny.LIVE'],
			['approve any clauses', 'Anadolu'],
			['to hinder, probably', 'Reuters']
		];
		for (const [words, outlet] of named) expect(lineWith(words), words).toContain(outlet);
		expect(story.reactions.find((r) => r.id === 'trump')!.where).toContain('Mediaite');
	});

	it('shows the exact English words of Witkoff’s deleted reply as reported', () => {
		expect(checkQuoteStatus(story, svx, record.quoteStatus)).toEqual([]);
		expect(svx).toContain('<Claim status="reported" sources="witkoff-k-post k-post-ansa">');
	});

	it('uses every entity and source it defines, and defines every one it uses', () => {
		expect(checkUsage(story, svx)).toEqual([]);
	});
});

describe('the fixtures of words on record', () => {
	for (const [name, { copy: file, fixture }] of Object.entries(FACT_FILES)) {
		const text = normalizeMarks(read(file));
		const words: QuoteRecord = JSON.parse(read(fixture));
		it.each([
			...(words.callLines ?? []).map((l) => l.text),
			...words.statements.map((s) => s.text),
			...words.phrases
		])(`is quoted in the ${name} copy exactly: %s`, (quoted) => {
			const at = text.indexOf(normalizeMarks(quoted));
			expect(at, 'not found').toBeGreaterThanOrEqual(0);
			// Inside a quotation: an opening mark earlier on the same line.
			const before = text.slice(text.lastIndexOf('\n', at) + 1, at);
			expect(before).toMatch(/["«]/);
		});
	}
	it('names only pages and rules the addendum gives', () => {
		const text = read(FACT_FILES.addendum.copy);
		for (const fragment of record.avoid ?? []) expect(text).toContain(fragment);
		for (const rule of record.neverWith ?? []) expect(text).toContain(rule.name);
		for (const rule of record.quoteStatus ?? []) expect(text).toContain(rule.text);
	});
});

describe('the checks catch', () => {
	it('a verbatim call line altered by one word', () => {
		const altered = copy();
		const line = altered.calls[0]!.lines.find((l) => l.id === 'twenty-points')!;
		line.text = line.text.replace('the same thing with you', 'the same thing for you');
		const problems = checkQuotes(altered, record);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.where).toBe('calls.yaml oct-14/twenty-points');
	});

	it('a reaction quote altered by one word', () => {
		const altered = copy();
		const bacon = altered.reactions.find((r) => r.id === 'bacon')!;
		bacon.quote = bacon.quote!.replace('He should be fired.', 'He must be fired.');
		expect(messages(checkQuotes(altered, record))).toMatch(
			/reactions.yaml bacon: quote of Don Bacon/
		);
	});

	it('Cheung’s sentence cut short again', () => {
		const altered = copy();
		altered.reactions.find((r) => r.id === 'cheung')!.quote =
			'This story proves one thing: Special Envoy Witkoff talks to officials in both Russia and Ukraine nearly every day';
		expect(messages(checkQuotes(altered, record))).toMatch(/quote of Steven Cheung/);
	});

	it('a quotation in other data that is not on record', () => {
		const altered = copy();
		altered.events.find((e) => e.id === 'deadline-dropped')!.title =
			'Trump: "The deadline for me is when it is over."';
		expect(messages(checkQuotes(altered, record))).toMatch(/events\[\d+\]\.title/);
	});

	it('a denial misquoted on a flow into the plan', () => {
		const altered = copy();
		altered.flows.find((f) => f.id === 'proposal-to-plan')!.denial!.text =
			'called the senators’ account “completely false”.';
		expect(messages(checkQuotes(altered, record))).toMatch(/flows\[\d+\]\.denial\.text/);
	});

	it('a verbatim line flagged as paraphrase, and a line with no flag', () => {
		const altered = copy();
		altered.calls[0]!.lines[0]!.kind = 'paraphrase';
		(altered.calls[1]!.lines[1] as { kind?: string }).kind = undefined;
		const text = messages(checkQuotes(altered, record));
		expect(text).toMatch(/is a verbatim line flagged as paraphrase/);
		expect(text).toMatch(/is not flagged verbatim or paraphrase/);
	});

	it('a source id removed from sources.yaml', () => {
		const altered = copy();
		altered.sources = altered.sources.filter((s) => s.id !== 'kyivpost-taylor');
		expect(messages(checkSources(altered))).toMatch(
			/cites "kyivpost-taylor", which sources.yaml does not define/
		);
		expect(messages(checkUsage(altered, svx))).toMatch(
			/cites source "kyivpost-taylor", which is not defined/
		);
	});

	it('a source only a denial cites, removed', () => {
		const altered = copy();
		altered.sources = altered.sources.filter((s) => s.id !== 'umerov-denial-anews');
		expect(messages(checkUsage(altered, svx))).toMatch(/cites source "umerov-denial-anews"/);
	});

	it('a page the fact base says to avoid', () => {
		const altered = copy();
		altered.sources[0]!.url = 'https://news-pravda.com/world/2025/11/26/transcript.html';
		expect(messages(checkAvoidedSources(altered, record.avoid))).toMatch(
			/bloomberg-transcripts: is a page the fact base says to avoid/
		);
	});

	it('a fact left without any source', () => {
		const altered = copy();
		altered.events[0]!.sources = [];
		expect(messages(checkSources(altered))).toMatch(/events\[0\]: has no source/);
	});

	it('a claimed item marked documented', () => {
		const altered = copy();
		const stage = altered.stages.find((s) => s.id === 'earlier-draft')!;
		stage.sources = ['source-article'];
		stage.status = 'documented';
		expect(messages(checkCommentary(altered))).toMatch(
			/cites commentary \(source-article\) but is marked documented/
		);
	});

	it('an item given another status than the fact base gives it, or losing its denial', () => {
		const altered = copy();
		const call = altered.calls.find((c) => c.id === 'oct-29')!;
		call.status = 'documented';
		altered.events.find((e) => e.id === 'umerov-denial')!.denial = undefined;
		altered.stages.find((s) => s.id === 'non-paper')!.status = 'documented';
		const wrong = statusMismatches(altered);
		expect(wrong).toContain('call oct-29 is documented, not disputed');
		expect(wrong).toContain('event umerov-denial has no denial by Rustem Umerov');
		expect(wrong).toContain('stage non-paper is documented, not reported');
	});

	it('a flow into the plan without its status or denial, and the Oct. 29 paper tied to the plan', () => {
		const altered = copy();
		altered.flows.find((f) => f.id === 'proposal-to-plan')!.denial = undefined;
		altered.flows.find((f) => f.id === 'non-paper-to-plan')!.status = 'documented';
		altered.flows.push({
			id: 'paper-to-plan',
			from: 'call-2',
			to: 'us-plan',
			kind: 'paper',
			status: 'claimed',
			claimant: 'a commentary article',
			sources: ['source-article']
		});
		const wrong = flowMismatches(altered).join('\n');
		expect(wrong).toMatch(/proposal-to-plan lacks the denial by the State Department/);
		expect(wrong).toMatch(/non-paper-to-plan is documented/);
		expect(wrong).toMatch(/paper-to-plan ties the Oct. 29 call to us-plan/);
	});

	it('a node or a link on the chart that rests on the commentary alone', () => {
		const altered = copy();
		altered.entities.push({
			...altered.entities[0]!,
			id: 'svr',
			status: 'claimed',
			claimant: 'a commentary article',
			sources: ['source-article'],
			facts: []
		});
		altered.links.push({
			...altered.links[0]!,
			id: 'dmitriev-svr',
			status: 'claimed',
			claimant: 'a commentary article',
			sources: ['source-article']
		});
		const text = messages(checkChart(altered));
		expect(text).toMatch(/entities.yaml svr: rests on commentary alone/);
		expect(text).toMatch(/links.yaml dmitriev-svr: rests on commentary alone/);
	});

	it('a dateline that disagrees with the latest dated fact, and a sentence that says the facts stop earlier', () => {
		const altered = copy();
		altered.meta.factsCheckedThrough = '2025-11-26';
		expect(messages(checkDateline(altered, svx))).toMatch(
			/factsCheckedThrough is 2025-11-26, but the latest dated fact in the story is 2026-03-19/
		);
		const stale = alterSvx(
			'and marks each fact with how well it stands up.',
			'and marks each fact with how well it stands up. Facts as reported up to Nov. 26, 2025.'
		);
		expect(messages(checkDateline(story, stale))).toMatch(
			/says the story is current to 2025-11-26/
		);
		const later = copy();
		later.events.push({ ...later.events.at(-1)!, id: 'later', date: '2026-04-02', end: undefined });
		expect(messages(checkDateline(later, svx))).toMatch(
			/latest dated fact in the story is 2026-04-02/
		);
	});

	it('“hybrid warfare” put in Ushakov’s mouth, in the text or in his card', () => {
		const text = alterSvx(
			'Ushakov called the leak “unacceptable”.',
			'Ushakov called the leak “unacceptable” and hybrid warfare.'
		);
		expect(messages(checkAttributions(story, text, record.neverWith))).toMatch(
			/puts “hybrid” beside Ushakov/
		);
		const altered = copy();
		altered.reactions.find((r) => r.id === 'ushakov')!.summary += ' Called it hybrid warfare.';
		expect(messages(checkAttributions(altered, svx, record.neverWith))).toMatch(
			/reactions.yaml ushakov: puts “hybrid” beside Ushakov/
		);
	});

	it('Cheung called a spokesman again', () => {
		const text = alterSvx(
			'Steven Cheung, the White House communications director,',
			'Steven Cheung, the White House spokesman,'
		);
		expect(messages(checkAttributions(story, text, record.neverWith))).toMatch(
			/puts “spokesman” beside Cheung/
		);
	});

	it('the exact words of Witkoff’s reply shown as documented', () => {
		const text = alterSvx(
			'<Claim status="reported" sources="witkoff-k-post k-post-ansa">',
			'<Claim status="documented" sources="witkoff-k-post k-post-ansa">'
		);
		expect(messages(checkQuoteStatus(story, text, record.quoteStatus))).toMatch(
			/quotes “He must have got this from K” as documented/
		);
		const altered = copy();
		altered.events.find((e) => e.id === 'k-post')!.title =
			'Witkoff posts “He must have got this from K…”, then deletes it';
		expect(messages(checkQuoteStatus(altered, svx, record.quoteStatus))).toMatch(
			/events.yaml k-post: quotes “He must have got this from K” as documented/
		);
	});

	it('a source or an entity defined but never used', () => {
		const altered = copy();
		altered.sources.push({ ...altered.sources[0]!, id: 'orphan-source' });
		altered.entities.push({ ...altered.entities[0]!, id: 'orphan-entity' });
		const text = messages(checkUsage(altered, svx));
		expect(text).toMatch(/sources.yaml orphan-source: is defined but never cited/);
		expect(text).toMatch(/entities.yaml orphan-entity: is defined but never used/);
	});

	it('in story.svx: a quotation altered by one word', () => {
		const altered = alterSvx('“from our position”', '“from our side”');
		expect(messages(checkSvx(altered, story, record))).toMatch(/from our side/);
	});

	it('in story.svx: a headline with words in quotation marks that are not on record', () => {
		const altered = alterSvx(
			'title: Who wrote the 28-point plan for Ukraine?',
			'title: Who wrote the “American plan” for Ukraine?'
		);
		expect(messages(checkSvx(altered, story, record))).toMatch(/story.svx line 2: “American plan”/);
	});

	it('in story.svx: a claim resting on the commentary marked reported', () => {
		const altered = alterSvx(
			'<Claim status="claimed" claimant="a commentary article" sources="source-article">',
			'<Claim status="reported" sources="source-article">'
		);
		expect(messages(checkSvx(altered, story, record))).toMatch(
			/cites commentary \(source-article\) but is marked reported/
		);
	});

	it('in story.svx: a claim naming an id the data does not define', () => {
		const altered = alterSvx('<Claim event="k-post">', '<Claim event="k-posts">');
		expect(messages(checkSvx(altered, story, record))).toMatch(/no event "k-posts"/);
	});

	it('in story.svx: a re-translation, or Taylor’s sentences joined, that the fact base rules out', () => {
		const retranslated = alterSvx('This account runs', 'Between you and me, this account runs');
		expect(messages(checkSvx(retranslated, story, record))).toMatch(/between you and me/);
		const joined = alterSvx(
			'Their words, and the answers, are below.',
			'Taylor said Witkoff had “lost his credibility… maybe even with the Russians.”'
		);
		expect(messages(checkSvx(joined, story, record))).toMatch(/lost his credibility… maybe/);
	});
});

describe('the loader, on an altered copy of the story folder', () => {
	const dir = mkdtempSync(join(tmpdir(), 'content-test-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('fails when a source entry is removed from sources.yaml', () => {
		const folder = join(dir, 'american-plan');
		cpSync(STORY_DIR, folder, { recursive: true });
		const file = join(folder, 'data/sources.yaml');
		const yaml = readFileSync(file, 'utf8');
		const entry = /\n {2}- id: insider-draft\n(?: {4}.*\n)+/.exec(yaml);
		expect(entry).not.toBeNull();
		writeFileSync(file, yaml.replace(entry![0], '\n'));
		const { story: loaded, problems } = inspectStory(folder, dir);
		expect(loaded).toBeUndefined();
		expect(problems.map((p) => p.message).join('\n')).toMatch(/"insider-draft" is not a source id/);
	});

	it('fails when a source only the text cites is misspelled', () => {
		const folder = join(dir, 'american-plan-2');
		cpSync(STORY_DIR, folder, { recursive: true });
		const file = join(folder, 'story.svx');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('sources="wsj-clue-livemint"', 'sources="wsj-clue"')
		);
		const { problems } = inspectStory(folder, dir);
		expect(problems.map((p) => p.message).join('\n')).toMatch(
			/<Claim sources="…"> cites "wsj-clue", which is not a source id/
		);
	});
});
