import { listStories } from '$site/stories.server';

export const load = () => ({ stories: listStories() });
