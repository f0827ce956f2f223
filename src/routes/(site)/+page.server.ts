import { listStories } from '$lib/server/stories';

export const load = () => ({ stories: listStories() });
