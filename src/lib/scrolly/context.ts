/**
 * Shared state between a <Scrolly> and the <Step>s inside it.
 *
 * Steps register themselves in document order as they are created (on the server and in the
 * browser alike), so a step knows its index without measuring the DOM.
 */
import { getContext, setContext, type Snippet } from 'svelte';
import type { GraphicState } from './types';

export interface ScrollyContext {
	/** Registers a step and returns its index. */
	register(id: string): number;
	/** Renders the graphic for a given state; each step renders its still with it. */
	readonly graphic: Snippet<[GraphicState]> | undefined;
	/** State of the graphic for the step at `index`, as a still (the stacked layout's picture). */
	stackedState(index: number): GraphicState;
	/** True while the stacked layout is really shown (an embed without its host loader, a
	 * scroll engine that failed, print): only then does each step mount its still. Otherwise
	 * the still waits in `<noscript>`, for readers without JavaScript. */
	readonly stillsShown: boolean;
}

const KEY = Symbol('scrolly');

export function setScrollyContext(context: ScrollyContext): ScrollyContext {
	return setContext(KEY, context);
}

/** The enclosing <Scrolly>'s context. Throws a clear error when used outside one. */
export function getScrollyContext(component = 'This component'): ScrollyContext {
	const context = getContext<ScrollyContext | undefined>(KEY);
	if (!context) {
		throw new Error(
			`${component} must be placed inside a <Scrolly> (or a <StorySection>). ` +
				'Wrap your <Step>s: <Scrolly>{#snippet graphic(state)}…{/snippet}<Step id="…">…</Step></Scrolly>'
		);
	}
	return context;
}
