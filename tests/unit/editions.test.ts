/**
 * One set of facts: a story's editions in other languages (stories/<slug>/translations/<locale>/)
 * carry the same statuses, sources, dates, people and links as the English story, record by
 * record, and their prose makes the same claims, citing the same facts, in the same order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStories } from '../../src/lib/build/loader';
import type { Story } from '../../src/lib/model/schema';

const stories = loadStories(['stories']);
const translated = stories.filter((story) => story.meta.locale !== 'en');

/** What a record asserts, without its words: ids, status, sources, dates, ends of a link. */
function factsOf(record: Record<string, unknown>) {
	const keys = ['id', 'status', 'sources', 'date', 'end', 'from', 'to', 'type', 'kind', 'speaker'];
	const denial = record.denial as { sources?: string[]; quote?: boolean } | undefined;
	return {
		...Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]])),
		hasClaimant: 'claimant' in record,
		denial: denial && { sources: denial.sources, quote: denial.quote }
	};
}

/** Every record of a story with provenance, by collection, as facts without words. */
function storyFacts(story: Story) {
	return {
		entities: story.entities.map((e) => ({
			...factsOf(e),
			facts: e.facts.map(factsOf),
			group: e.group
		})),
		links: story.links.map(factsOf),
		events: story.events.map(factsOf),
		calls: story.calls.map((c) => ({ ...factsOf(c), lines: c.lines.map(factsOf) })),
		reactions: story.reactions.map((r) => ({ ...factsOf(r), entity: r.entity })),
		stages: story.stages.map((s) => ({ ...factsOf(s), lane: s.lane, event: s.event })),
		flows: story.flows.map(factsOf),
		sources: story.sources,
		sections: story.sections.map((s) => ({
			id: s.id,
			visual: s.visual,
			steps: s.steps.map((step) => ({ ...step, caption: undefined, highlight: undefined }))
		}))
	};
}

/** The `<Claim …>` tags of a story.svx, in order, with every attribute but the claimant's
 * words (which are translated). */
function claimsOf(file: string): string[] {
	return [...readFileSync(file, 'utf8').matchAll(/<Claim\b([^>]*)>/g)].map(([, attributes]) =>
		attributes!.replace(/\s*claimant="[^"]*"/, '').trim()
	);
}

describe('each edition in another language', () => {
	it('exists for the flagship', () => {
		expect(translated.map((story) => story.slug)).toContain('uk/american-plan');
	});

	it.each(translated.map((story) => [story.slug, story] as const))(
		'%s carries the English story’s statuses, sources, dates and links, record by record',
		(slug, story) => {
			const english = stories.find((s) => s.slug === slug.split('/')[1])!;
			expect(storyFacts(story)).toEqual(storyFacts(english));
			// …and its words are its own (a check that the comparison above left them out).
			expect(story.events[0]!.title).not.toBe(english.events[0]!.title);
		}
	);

	it.each(translated.map((story) => [story.slug, story] as const))(
		'%s makes the same claims in its prose, citing the same facts in the same order',
		(slug, story) => {
			const [locale, base] = slug.split('/');
			const english = claimsOf(`stories/${base}/story.svx`);
			expect(english.length).toBeGreaterThan(50);
			expect(claimsOf(`stories/${base}/translations/${locale}/story.svx`)).toEqual(english);
			expect(story.editions?.map((e) => e.slug)).toEqual([base, slug]);
		}
	);
});
