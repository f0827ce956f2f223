export { default as Scrolly } from './Scrolly.svelte';
export { default as Step } from './Step.svelte';
export { getScrollyContext, type ScrollyContext } from './context';
export { setScrollyEnvironment, getScrollyEnvironment } from './environment';
export {
	clamp,
	stepProgress,
	stepAt,
	triggerPosition,
	parseOffset,
	type StepBox
} from './progress';
export type { GraphicState, ScrollDirection, ScrollyLayout, ScrollyEnvironment } from './types';
