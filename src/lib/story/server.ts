/**
 * A story page, server side: rendered to static HTML in which each section's graphic is an
 * island, to be brought to life by `startStoryIslands` from `@newsroom/scrolly/story`.
 */
export { renderStoryHead, renderStoryPage } from './renderStoryPage';
