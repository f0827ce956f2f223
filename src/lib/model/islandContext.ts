/**
 * Whether the page is being rendered as static HTML with islands (our story pages), rather
 * than as one hydrated Svelte app (how designers use the components in their own projects).
 *
 * The server renderer puts the <Island> component itself in the context, so that components
 * that need JavaScript (a section's sticky graphic) can wrap themselves in it, and so that
 * nothing of the server renderer is bundled for the browser by those components.
 */
import { getContext, type Component } from 'svelte';

export const ISLANDS_KEY = Symbol('islands');

export type IslandComponent = Component<{
	name: string;
	args: Record<string, unknown>;
	component: Component<never>;
	props: Record<string, unknown>;
	class?: string;
	serverRendered?: boolean;
}>;

/** The <Island> wrapper when rendering a story page to static HTML, otherwise undefined. */
export function getIslandComponent(): IslandComponent | undefined {
	return getContext<IslandComponent | undefined>(ISLANDS_KEY);
}

export const ISLAND_ELEMENT_KEY = Symbol('island element');

/**
 * The element an island is being hydrated or mounted into, in the browser; undefined on the
 * server and in an app. A component can read the server's markup (what the CSS shows of it)
 * before hydrating, and hydrate only that, or the element's size before mounting into it (see
 * draft-path/useDrawnOrientation.svelte.ts).
 */
export function getIslandElement(): HTMLElement | undefined {
	return getContext<HTMLElement | undefined>(ISLAND_ELEMENT_KEY);
}
