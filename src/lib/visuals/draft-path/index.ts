/**
 * The draft-path visual: how something travelled, stage by stage. `DraftPath` takes plain
 * arrays and a layout prepared on the server (`…/visuals/draft-path/prepare`, Node only);
 * `DraftPathSection` and `DraftPathText` draw a story's path.
 */
export { default as DraftPath } from './DraftPath.svelte';
export { default as DraftPathSection } from './DraftPathSection.svelte';
export { default as DraftPathText } from './DraftPathText.svelte';
export { draftPathState, wholePathState, type DraftPathState, type Phase } from './draftPathState';
export { draftPathData } from './fromStory';
export type {
	DraftPathData,
	DraftPathDenial,
	DraftPathFlow,
	DraftPathLane,
	DraftPathLayout,
	DraftPathStage,
	FlowKind
} from './model';
