/**
 * How the page around the scrolly sections is scrolled. A top-level page needs nothing; an embed
 * route sets `mode: 'stacked'` until its host loader takes over the scrolling, then `auto`.
 */
import { getContext, setContext } from 'svelte';
import type { ScrollyEnvironment } from './types';

const KEY = Symbol('scrolly-environment');
const TOP_LEVEL: ScrollyEnvironment = { mode: 'auto' };

/** Pass a `$state` object so that Scrolly follows later changes of `mode`. */
export function setScrollyEnvironment(environment: ScrollyEnvironment): void {
	setContext(KEY, environment);
}

/** The same, as an entry of the `context` map of `render()` (svelte/server). */
export function scrollyEnvironmentContext(
	environment: ScrollyEnvironment
): [symbol, ScrollyEnvironment] {
	return [KEY, environment];
}

export function getScrollyEnvironment(): ScrollyEnvironment {
	return getContext<ScrollyEnvironment | undefined>(KEY) ?? TOP_LEVEL;
}
