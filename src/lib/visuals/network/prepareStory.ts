/**
 * What a story's network needs, computed once at build time from its plain arrays (the site's
 * build runs it for a story that shows a network; see StoryPreparation): its positions in each
 * kind of frame, and the picture of each step and of the explorer (camera, names turned, words
 * placed on the lines), so that the page only looks them up.
 */
import { messagesFor } from '../../i18n';
import type { SectionOf, Story } from '../../model/schema';
import type { StoryPreparation } from '../buildTypes';
import { compactPicture, focusState } from './focusState';
import { graphModel } from './graphModel';
import { layoutNetworks } from './layout';
import type { NetworkLayouts, NetworkPicture, StoryNetworkPictures } from './layoutTypes';
import { callParticipants, stepHighlight, storyLayoutOptions, storyNetwork } from './storyNetwork';

/** Every picture a story's network shows: its sections' steps (the men on the calls kept in
 * frame), and the explorer's, which writes no words on lines and never moves its camera, so
 * that one picture serves whatever node the reader picks. */
export function storyPictures(story: Story, positions: NetworkLayouts): StoryNetworkPictures {
	const { nodes, links } = storyNetwork(
		story.entities,
		story.links,
		messagesFor(story.meta.locale)
	);
	const model = graphModel(nodes, links, positions);
	const keep = callParticipants(story);
	const steps: Record<string, NetworkPicture> = {};
	for (const section of story.sections) {
		if (section.visual !== 'network') continue;
		const network = section as SectionOf<'network'>;
		network.steps.forEach((step, i) => {
			const { highlight, view } = stepHighlight(network, i);
			steps[step.id] = compactPicture(focusState(model, highlight, { view, keep }));
		});
	}
	const explore = compactPicture(focusState(model, null, { keep, linkLabels: false }));
	return { steps, explore };
}

/** A story's network: its positions and its pictures. */
export function prepareNetwork(story: Story): NonNullable<Story['layouts']>['network'] {
	const t = messagesFor(story.meta.locale);
	const { nodes, links } = storyNetwork(story.entities, story.links, t);
	const positions = layoutNetworks(nodes, links, storyLayoutOptions(story));
	return { ...positions, pictures: storyPictures(story, positions) };
}

export const prepareStory: StoryPreparation = (story) => ({ network: prepareNetwork(story) });
