/**
 * Story components and helpers that run in the browser. Types come from the schema, but no
 * value of it: zod and yaml stay out of the reader's JavaScript. The schema itself is
 * `@newsroom/scrolly/story/schema`; the loader (Node only) is `@newsroom/scrolly/story/loader`.
 */
export { default as StoryPage } from './StoryPage.svelte';
export { default as StorySection } from './StorySection.svelte';
export { fetchStory, startStoryIslands } from './storyIslands';
export { bootStoryPage, STORY_JSON_ATTRIBUTE } from './bootStoryPage';
export { getStoryContext, setStoryContext, storyContextMap } from '../model/context';
export { byId, citedSourceIds, sectionById } from '../model/lookup';
export {
	STATUSES,
	STATUS_DEFINITIONS,
	STATUS_LABELS,
	isEstablished,
	type Status
} from '../model/status';
export { VISUALS } from '../visuals/catalog';
export type {
	Call,
	CallLine,
	Entity,
	EntityFact,
	StoryEvent,
	Flow,
	Frontmatter,
	Lane,
	Link,
	LinkType,
	Provenance,
	Reaction,
	Section,
	SectionOf,
	Source,
	Stage,
	StepOf,
	Story,
	StorySummary,
	VisualKind
} from '../model/schema';
export type { StoryProblem, DataPath } from '../model/problems';
