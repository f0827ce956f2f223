import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { islandProps } from './islandProps.svelte';

describe('islandProps', () => {
	it('passes values as they are, without a proxy', () => {
		const story = { stages: [{ id: 'a' }] };
		const { props } = islandProps({ story, graphic: { index: 0 } });
		expect(props.story).toBe(story);
		expect((props.story as typeof story).stages).toBe(story.stages);
	});

	it('lets an effect see a replaced prop, and keeps the others', () => {
		const story = { title: 't' };
		const island = islandProps({ story, graphic: { index: 0 } });
		const seen: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push((island.props.graphic as { index: number }).index);
			});
		});
		flushSync();
		island.update({ graphic: { index: 2 } });
		flushSync();
		expect(seen).toEqual([0, 2]);
		expect(island.props.story).toBe(story);
		stop();
	});

	it('re-runs only what reads the replaced prop', () => {
		const island = islandProps({ section: { id: 'a' }, graphic: { index: 0 } });
		let sectionRuns = 0;
		let graphicRuns = 0;
		const stop = $effect.root(() => {
			$effect(() => {
				void island.props.section;
				sectionRuns++;
			});
			$effect(() => {
				void island.props.graphic;
				graphicRuns++;
			});
		});
		flushSync();
		for (const index of [1, 2, 3]) {
			island.update({ graphic: { index } });
			flushSync();
		}
		expect({ sectionRuns, graphicRuns }).toEqual({ sectionRuns: 1, graphicRuns: 4 });
		stop();
	});

	it('refuses a prop the island was not rendered with, naming it', () => {
		const island = islandProps({ graphic: { index: 0 } });
		expect(() => island.update({ grafic: 1 })).toThrow(/grafic is not one of graphic/);
	});
});
