/**
 * The visuals a story section can show: the catalog (each visual's loaders, for islands and
 * single-visual pages), the registry StorySection draws from, and the contract every visual
 * implements. Each visual is also its own entry point (`@newsroom/scrolly/visuals/timeline`, …)
 * for using it outside a story.
 */
export { catalog, loadSectionVisual, visualLabels, VISUALS } from './catalog';
export { sectionVisuals } from './registry';
export type {
	SectionVisual,
	SectionVisualProps,
	SectionTextProps,
	VisualDeclaration,
	VisualLabels
} from './types';
