/**
 * The network's positions in each kind of frame for a story, computed once at build time from
 * its plain arrays (the site's build runs it for a story that shows a network; see
 * StoryPreparation).
 */
import { messagesFor } from '../../i18n';
import type { StoryPreparation } from '../buildTypes';
import { layoutNetworks } from './layout';
import { storyLayoutOptions, storyNetwork } from './storyNetwork';

export const prepareStory: StoryPreparation = (story) => {
	const t = messagesFor(story.meta.locale);
	const { nodes, links } = storyNetwork(story.entities, story.links, t);
	return { network: layoutNetworks(nodes, links, storyLayoutOptions(story)) };
};
