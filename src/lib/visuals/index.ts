/**
 * The visuals a story section can show: the registry StorySection draws from, the lazy
 * loaders islands use, and the contract every visual implements. Each visual is also its own
 * entry point (`@newsroom/scrolly/visuals/timeline`, …) for using it outside a story.
 */
export { sectionVisuals } from './registry';
export { loadSectionGraphic } from './lazy';
export { loadSectionVisual } from './loadSectionVisual';
export type { SectionVisual, SectionVisualProps, SectionTextProps } from './types';
