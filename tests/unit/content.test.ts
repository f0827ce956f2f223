/**
 * Content tests for the flagship story: the journalism, not the code. Quotations are the exact
 * words on record, every fact stands on a defined source, nothing that rests on commentary is
 * presented as established, and everything defined is used.
 *
 * The words on record are a fixture copied from the fact base (tests/fixtures/facts-quotes.json);
 * the fixture itself is checked against the fact base (tests/fixtures/facts/FACTS.md).
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
	type ContentProblem,
	type QuoteRecord
} from '../../src/lib/story/contentChecks';
import { inspectStory, loadStory } from '../../src/lib/story/loader';
import type { Story } from '../../src/lib/story/schema';

const ROOT = process.cwd();
const STORY_DIR = join(ROOT, 'stories/american-plan');
/** The checked fact base, copied into the repository so that the check runs on any clone. */
const FACTS = join(ROOT, 'tests/fixtures/facts/FACTS.md');
/** Where the team keeps it; when present, the copy must be identical. */
const SHARED_FACTS = join(ROOT, '../shared/sources/FACTS.md');

it.runIf(existsSync(SHARED_FACTS))('keeps its copy of FACTS.md identical to the shared one', () => {
	expect(readFileSync(FACTS, 'utf8')).toBe(readFileSync(SHARED_FACTS, 'utf8'));
});
const record: QuoteRecord = JSON.parse(
	readFileSync(join(ROOT, 'tests/fixtures/facts-quotes.json'), 'utf8')
);
const story = loadStory(STORY_DIR, ROOT);
const svx = readFileSync(join(STORY_DIR, 'story.svx'), 'utf8');

/** A deep copy to alter. */
const copy = (): Story => structuredClone(story);
const messages = (problems: ContentProblem[]) =>
	problems.map((p) => `${p.where}: ${p.message}`).join('\n');

describe('the flagship story', () => {
	it('passes every content check', () => {
		const problems = checkContent(story, svx, record);
		expect(messages(problems)).toBe('');
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

	it('gives every fact at least one source that exists', () => {
		expect(checkSources(story)).toEqual([]);
	});

	it('never marks a claim from the source article documented or reported', () => {
		const fromArticle = [
			...story.links,
			...story.entities,
			...story.entities.flatMap((e) => e.facts),
			...story.stages,
			...story.flows,
			...story.events
		].filter((item) => item.sources.includes('source-article'));
		expect(fromArticle.length).toBeGreaterThan(3);
		for (const item of fromArticle) {
			expect(['claimed', 'disputed']).toContain(item.status);
			expect(item.claimant ?? item.denial).toBeTruthy();
		}
		expect(checkCommentary(story)).toEqual([]);
	});

	it('uses every entity and source it defines, and defines every one it uses', () => {
		expect(checkUsage(story, svx)).toEqual([]);
	});
});

describe('the fixture of words on record', () => {
	const facts = readFileSync(FACTS, 'utf8');
	it.each([
		...record.callLines.map((l) => l.text),
		...record.statements.map((s) => s.text),
		...record.phrases
	])('is quoted in FACTS.md exactly: %s', (text) => {
		expect(facts).toContain(`"${text}"`);
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

	it('a quotation in other data that is not on record', () => {
		const altered = copy();
		altered.events.find((e) => e.id === 'deadline-dropped')!.title =
			'Trump: "The deadline for me is when it is over."';
		expect(messages(checkQuotes(altered, record))).toMatch(/events\[\d+\]\.title/);
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

	it('a fact left without any source', () => {
		const altered = copy();
		altered.events[0]!.sources = [];
		expect(messages(checkSources(altered))).toMatch(/events\[0\]: has no source/);
	});

	it('a claimed link marked documented', () => {
		const altered = copy();
		altered.links.find((l) => l.id === 'dmitriev-svr')!.status = 'documented';
		const problems = checkCommentary(altered);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(
			/cites commentary \(source-article\) but is marked documented/
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
		const altered = svx.replace(
			'“make this paper from our position,”',
			'“make this document from our position,”'
		);
		expect(altered).not.toBe(svx);
		expect(messages(checkSvx(altered, story, record))).toMatch(
			/make this document from our position/
		);
	});

	it('in story.svx: a claim resting on the commentary marked reported', () => {
		const altered = svx.replace(
			'<Claim status="claimed" claimant="a commentary article" sources="source-article">',
			'<Claim status="reported" sources="source-article">'
		);
		expect(altered).not.toBe(svx);
		expect(messages(checkSvx(altered, story, record))).toMatch(
			/cites commentary \(source-article\) but is marked reported/
		);
	});

	it('in story.svx: a claim naming an id the data does not define', () => {
		const altered = svx.replace('<Claim event="k-post">', '<Claim event="k-posts">');
		expect(messages(checkSvx(altered, story, record))).toMatch(/no event "k-posts"/);
	});

	it('in story.svx: a re-translation the fact base rules out', () => {
		const altered = svx.replace('Fifteen days later,', 'Between you and me, fifteen days later,');
		expect(messages(checkSvx(altered, story, record))).toMatch(/between you and me/);
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
});
