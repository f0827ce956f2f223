/**
 * The scroll engine: `<Scrolly>` and `<Step>` for Svelte apps, `enhanceScrolly` for
 * server-rendered HTML with no framework, and the pure helpers they are built on.
 */
export { default as Scrolly } from './Scrolly.svelte';
export { default as Step } from './Step.svelte';
export { getScrollyContext, type ScrollyContext } from './context';
export { enhanceScrolly, type EnhanceOptions, type ScrollyController } from './enhanceScrolly';
export {
	setScrollyEnvironment,
	getScrollyEnvironment,
	scrollyEnvironmentContext
} from './environment';
export {
	clamp,
	stepProgress,
	stepAt,
	triggerPosition,
	parseOffset,
	type StepBox
} from './progress';
export type {
	GraphicPosition,
	GraphicState,
	ScrollDirection,
	ScrollyLayout,
	ScrollyEnvironment
} from './types';
