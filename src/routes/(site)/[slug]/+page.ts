import { components } from 'virtual:scrolly/story-components';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	const module = await components[data.story.slug]!();
	return { ...data, content: module.default };
};
