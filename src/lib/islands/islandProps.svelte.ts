/**
 * The props an island is hydrated with, reactive one level deep only.
 *
 * `$state(props)` would proxy the whole story behind them, lazily: each field a component reads
 * while hydrating (every stage, flow and source of a big visual) would get its own signal. That
 * made hydration a long task while the reader scrolls. The story never changes on a page; only
 * whole props are replaced (the graphic's state, at each step), so each prop is a getter over
 * `$state.raw` value of its own, and the values reach the component as they are: no proxy.
 *
 * One signal per prop, not one record for all: a scrolly section updates its graphic's state on
 * every scrolled frame, and with one record each update also invalidated every other prop, so
 * whatever a component derived from its section (a layout, its labels' measured widths) was
 * computed again on every frame (about 100 ms of a 23 s scroll of the flagship on a phone).
 */
export interface IslandProps {
	/** What the component is given: a getter per prop. */
	readonly props: Record<string, unknown>;
	/** Replaces some props (the keys the island started with). */
	update(patch: Record<string, unknown>): void;
}

/** One prop's value, as a signal of its own. */
function propCell(initial: unknown): { value: unknown } {
	let value = $state.raw(initial);
	return {
		get value() {
			return value;
		},
		set value(next) {
			value = next;
		}
	};
}

export function islandProps(initial: Record<string, unknown>): IslandProps {
	// A plain record of cells: the cells are the signals; the record itself never changes.
	const cells: Record<string, { value: unknown }> = {};
	const props: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(initial)) {
		const cell = propCell(value);
		cells[key] = cell;
		Object.defineProperty(props, key, { enumerable: true, get: () => cell.value });
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
			for (const [key, value] of Object.entries(patch)) cells[key]!.value = value;
		}
	};
}
