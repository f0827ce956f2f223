import { describe, expect, it } from 'vitest';
import { DataFiles, Frontmatter } from '$lib/visuals/schema';
import { checkReferences } from '$lib/build/references';
import { demoStory } from './demoStory';

describe('the gallery demo story', () => {
	it('is valid story data: schema and cross-references', () => {
		expect(() => Frontmatter.parse(demoStory.meta)).not.toThrow();
		DataFiles['sources.yaml'].parse({ sources: demoStory.sources });
		DataFiles['events.yaml'].parse({ events: demoStory.events });
		DataFiles['entities.yaml'].parse({ entities: demoStory.entities });
		DataFiles['links.yaml'].parse({ links: demoStory.links });
		DataFiles['calls.yaml'].parse({ calls: demoStory.calls });
		DataFiles['stages.yaml'].parse({
			lanes: demoStory.lanes,
			stages: demoStory.stages,
			flows: demoStory.flows
		});
		DataFiles['sections.yaml'].parse({ sections: demoStory.sections });
		const { slug: _slug, meta: _meta, ...data } = demoStory;
		const files = Object.fromEntries(Object.keys(data).map((k) => [k, `${k}.yaml`]));
		const outline = {
			frontmatter: '',
			frontmatterLine: 2,
			hasBody: true,
			looseSteps: [],
			sections: demoStory.sections.map((s) => ({
				id: s.id,
				line: 1,
				steps: s.steps.map((step) => ({ id: step.id, line: 1 }))
			}))
		};
		expect(checkReferences(data, files as never, outline, 'story.svx')).toEqual([]);
	});
});
