/**
 * The browser side of a story page rendered as static HTML: each scrolly section gets its
 * scroll engine at once (it is small), and its sticky graphic is hydrated as an island when the
 * reader comes near it; from then on the engine drives the graphic's state.
 */
import {
	hydrateIslands,
	type IslandKind,
	type IslandRegistry
} from '../islands/hydrateIslands.svelte';
import { enhanceScrolly, type ScrollyController } from '../scrolly/enhanceScrolly';
import type { ScrollyEnvironment } from '../scrolly/types';
import { catalog, VISUALS } from '../visuals/catalog';
import { storyContextMap } from '../model/context';
import { sectionById } from '../model/lookup';
import type { SectionOf, Story, VisualKind } from '../model/schema';
import type { GraphicState } from '../scrolly/types';
import type { SectionVisualProps } from '../visuals/types';

/** One island kind per visual's pinned graphic (`graphic:timeline`, …), from the catalog, and
 * the network's explorer. */
const registry: IslandRegistry<Story> = {
	'network-explore': {
		load: () => import('../visuals/network/NetworkExplorer.svelte'),
		props: (args) => args
	}
};
/** Whether each graphic island's visual follows progress (`followsProgress` in its visual.ts). */
const followsProgressOf = new Map<string, boolean>();
for (const visual of VISUALS) {
	registry[`graphic:${visual}`] = graphicIsland(visual);
	followsProgressOf.set(`graphic:${visual}`, catalog[visual].followsProgress === true);
}

/** A visual's pinned graphic as an island: its props rebuilt from the island's args and the
 * story. The registry holds islands of any props; each builds exactly the props its component
 * takes, which TypeScript checks here before the registry forgets them. */
function graphicIsland<V extends VisualKind>(visual: V) {
	const island: IslandKind<Story, SectionVisualProps<V> & Record<string, unknown>> = {
		load: catalog[visual].graphic,
		props: (args, story) => ({
			story,
			section: sectionById(story, String(args.section)) as SectionOf<V>,
			graphic: args.state as GraphicState
		})
	};
	return island as unknown as IslandRegistry<Story>[string];
}

/** The story's data from its story.json (the page's HTML carries only its head); a failed
 * response stops the islands, and the page stays as the server rendered it. */
export async function fetchStory(response: Response): Promise<Story> {
	if (!response.ok) throw new Error(`${response.url}: ${response.status} ${response.statusText}`);
	return (await response.json()) as Story;
}

/** Whether `next` is news to a graphic last given `last`: a change of progress alone is news
 * only to a visual that follows progress (`followsProgress` in its visual.ts). */
export function isNewState(
	last: GraphicState | undefined,
	next: GraphicState,
	followsProgress: boolean
): boolean {
	if (!last) return true;
	return (Object.keys(next) as (keyof GraphicState)[]).some(
		(key) => next[key] !== last[key] && (key !== 'progress' || followsProgress)
	);
}

export function startStoryIslands(
	root: HTMLElement,
	story: Story,
	environment: ScrollyEnvironment = { mode: 'auto' }
): { destroy(): void } {
	const islands = hydrateIslands(root, {
		registry,
		context: story,
		contexts: storyContextMap(story)
	});
	const controllers: ScrollyController[] = [];
	for (const scrolly of root.querySelectorAll<HTMLElement>('.scrolly')) {
		const graphic = islands.islands.find((island) => scrolly.contains(island.element));
		// Looked up once per section, not on each scrolled frame.
		const followsProgress = graphic !== undefined && followsProgressOf.get(graphic.name) === true;
		let given: GraphicState | undefined;
		controllers.push(
			enhanceScrolly(scrolly, {
				mode: environment.mode,
				scrollToStep: environment.scrollToStep,
				onState(state) {
					if (!graphic || !isNewState(given, state, followsProgress)) return;
					given = state;
					graphic.update({ graphic: state });
				}
			})
		);
	}
	return {
		destroy() {
			for (const controller of controllers) controller.destroy();
			islands.destroy();
		}
	};
}
