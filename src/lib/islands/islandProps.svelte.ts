/**
 * The props an island is hydrated with, reactive one level deep only.
 *
 * `$state(props)` would proxy the whole story behind them, lazily: each field a component reads
 * while hydrating (every stage, flow and source of a big visual) would get its own signal. That
 * made hydration a long task while the reader scrolls. The story never changes on a page; only
 * whole props are replaced (the graphic's state, at each step), so each prop is a getter over
 * one `$state.raw` record, and the values reach the component as they are: no proxy.
 */
export interface IslandProps {
	/** What the component is given: a getter per prop. */
	readonly props: Record<string, unknown>;
	/** Replaces some props (the keys the island started with). */
	update(patch: Record<string, unknown>): void;
}

export function islandProps(initial: Record<string, unknown>): IslandProps {
	let current = $state.raw(initial);
	const props: Record<string, unknown> = {};
	for (const key of Object.keys(initial)) {
		Object.defineProperty(props, key, { enumerable: true, get: () => current[key] });
	}
	return {
		props,
		update(patch) {
			const unknown = Object.keys(patch).filter((key) => !(key in initial));
			if (unknown.length) {
				throw new Error(
					`An island can only update the props it was rendered with; ${unknown.join(', ')} ` +
						`is not one of ${Object.keys(initial).join(', ')}.`
				);
			}
			current = { ...current, ...patch };
		}
	};
}
