import { describe, expect, it } from 'vitest';
import { loadStory } from '../build/loader';
import { resolveProvenance } from './claimProvenance';

const story = loadStory('tests/fixtures/stories/harbour-vote');
const flagship = loadStory('stories/american-plan');

describe('resolveProvenance', () => {
	it('repeats the provenance of an event, a link, a stage, a reaction and a call line', () => {
		expect(resolveProvenance(flagship, { event: 'k-post' })).toMatchObject({
			status: 'documented',
			sources: ['witkoff-k-post', 'k-post-ansa'],
			ref: 'event k-post'
		});
		expect(resolveProvenance(flagship, { link: 'call-oct-29' })).toMatchObject({
			status: 'disputed',
			denial: { by: 'Kirill Dmitriev' },
			sources: ['bloomberg-transcripts']
		});
		expect(resolveProvenance(flagship, { stage: 'earlier-draft' })).toMatchObject({
			status: 'claimed',
			claimant: 'The Insider (anonymous source)',
			sources: ['insider-draft']
		});
		expect(resolveProvenance(flagship, { reaction: 'taylor' }).status).toBe('reported');
		expect(resolveProvenance(flagship, { call: 'oct-29', line: 'our-position' }).sources).toEqual([
			'bloomberg-transcripts'
		]);
	});

	it('reads an entity fact by index', () => {
		expect(resolveProvenance(flagship, { entity: 'dmitriev', fact: 0 })).toMatchObject({
			status: 'reported',
			sources: ['kyivindependent-dmitriev']
		});
		expect(() => resolveProvenance(flagship, { entity: 'dmitriev', fact: 9 })).toThrow(
			/dmitriev has 2 facts/
		);
	});

	it('accepts stated provenance, with sources as a list or a string', () => {
		const ids = story.sources.map((s) => s.id);
		expect(
			resolveProvenance(story, { status: 'reported', sources: ids.slice(0, 1) }).sources
		).toEqual(ids.slice(0, 1));
		expect(
			resolveProvenance(story, { status: 'reported', sources: ids.slice(0, 2).join(', ') }).sources
		).toEqual(ids.slice(0, 2));
	});

	it('refuses what would print a claim without a checked source', () => {
		expect(() => resolveProvenance(flagship, { event: 'k-posts' })).toThrow(/no event "k-posts"/);
		expect(() => resolveProvenance(flagship, { status: 'reported', sources: 'nope' })).toThrow(
			/no source "nope"/
		);
		expect(() => resolveProvenance(flagship, { status: 'reported', sources: '' })).toThrow(
			/at least one source/
		);
		expect(() =>
			resolveProvenance(flagship, { status: 'claimed', sources: ['source-article'] })
		).toThrow(/name the claimant/);
		expect(() =>
			resolveProvenance(flagship, { status: 'disputed', sources: ['source-article'] })
		).toThrow(/needs its denial/);
		expect(() => resolveProvenance(flagship, { event: 'k-post', link: 'call-oct-14' })).toThrow(
			/not event and link/
		);
		expect(() =>
			resolveProvenance(flagship, { event: 'k-post', status: 'claimed', claimant: 'x' })
		).toThrow(/come from the data/);
		expect(() => resolveProvenance(flagship, {})).toThrow(/give a reference/);
	});
});
