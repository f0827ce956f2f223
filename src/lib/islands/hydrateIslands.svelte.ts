/**
 * Browser side of islands: finds the `[data-island]` elements of a server-rendered page and
 * hydrates each with its component when it comes within reach of the viewport, so a reader
 * downloads a visual's code only when the story gets near it. An island the server left empty
 * (`data-island-mount`, see Island.svelte) is mounted instead, with the props it has reached by
 * then: its first picture is already the current step's.
 *
 * Props are rebuilt from the island's `args` (ids and the initial state) and the page data, and
 * held reactively (islandProps), so that whoever owns the island (the scroll engine) can update
 * them later.
 */
import { hydrate, mount, unmount, type Component } from 'svelte';
import { ISLAND_ELEMENT_KEY } from '../model/islandContext';
import { whenIdle } from '../scrolly/frameBatch';
import { islandProps } from './islandProps.svelte';

export interface IslandKind<Context, Props extends Record<string, unknown>> {
	/** Loads the component; a dynamic import, so that each island is its own chunk. */
	load(): Promise<{ default: Component<Props> }>;
	/** Rebuilds the props the server rendered with. */
	props(args: Record<string, unknown>, context: Context): Props;
}

export type IslandRegistry<Context> = Record<string, IslandKind<Context, Record<string, unknown>>>;

export interface IslandHandle {
	element: HTMLElement;
	name: string;
	/** Replaces some props; applied at once if live, or when hydrated or mounted. */
	update(patch: Record<string, unknown>): void;
	/** Hydrates (or mounts) now, without waiting for the viewport. */
	wake(): Promise<void>;
}

export interface IslandsOptions<Context> {
	registry: IslandRegistry<Context>;
	/** Page data the props are rebuilt from (the story). */
	context: Context;
	/** Svelte contexts for the hydrated components (must match the server render). */
	contexts?: Map<unknown, unknown>;
	/** How far outside the viewport an island starts loading. */
	rootMargin?: string;
}

export function hydrateIslands<Context>(
	root: ParentNode,
	options: IslandsOptions<Context>
): { islands: IslandHandle[]; destroy(): void } {
	const mounted: Record<string, unknown>[] = [];
	const handles: IslandHandle[] = [];
	let destroyed = false;

	const elements = [...root.querySelectorAll<HTMLElement>('[data-island]')];
	// Markup for an island nobody registered is a page built with another registry (a visual
	// missing from the catalog): stop before hydrating any, so that the page stays as the
	// server rendered it and the error is seen.
	const unknown = elements.map((e) => e.dataset.island!).filter((n) => !options.registry[n]);
	if (unknown.length)
		throw new Error(
			`Islands not registered: ${unknown.filter((n, i) => unknown.indexOf(n) === i).join(', ')}; registered: ${Object.keys(options.registry).join(', ')}`
		);
	for (const element of elements) {
		const name = element.dataset.island!;
		const kind = options.registry[name]!;
		const args = JSON.parse(element.dataset.islandArgs ?? '{}') as Record<string, unknown>;
		// Hydration must see exactly the props the server rendered with: updates that arrive
		// before the island is hydrated wait, and are applied right after. An island mounted
		// instead takes them before it draws.
		const { props, update } = islandProps(kind.props(args, options.context));
		const serverRendered = !element.hasAttribute('data-island-mount');
		let waiting: Record<string, unknown> | undefined = {};
		let loading: Promise<void> | undefined;
		const wake = () =>
			(loading ??= kind.load().then(({ default: component }) => {
				if (destroyed) return;
				// Svelte's contexts, plus the island's own element (getIslandElement); not reactive.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				const context = new Map([...(options.contexts ?? []), [ISLAND_ELEMENT_KEY, element]]);
				const pending = Object.keys(waiting!).length ? waiting! : undefined;
				waiting = undefined;
				if (serverRendered) {
					mounted.push(hydrate(component, { target: element, props, context }));
					if (pending) update(pending);
				} else {
					if (pending) update(pending);
					mounted.push(mount(component, { target: element, props, context }));
				}
				// Live: hydrated or mounted (the tests and the engine wait for it).
				element.dataset.hydrated = '';
			}));
		handles.push({
			element,
			name,
			update(patch) {
				if (waiting) Object.assign(waiting, patch);
				else update(patch);
			},
			wake
		});
	}

	// Hydration is the costliest thing an island does (a long task for a big visual), so it
	// starts well ahead of the reader and waits for an idle moment to run.
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				const handle = handles.find((h) => h.element === entry.target);
				if (handle) whenIdle(() => void handle.wake(), { timeout: 400, fallbackDelay: 50 });
			}
		},
		{ rootMargin: options.rootMargin ?? '150% 0px' }
	);
	for (const handle of handles) observer.observe(handle.element);

	return {
		islands: handles,
		destroy() {
			destroyed = true;
			observer.disconnect();
			for (const instance of mounted) void unmount(instance);
		}
	};
}
