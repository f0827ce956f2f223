/** Where a scrolly section is in its life: server output, sticky (scroll-driven) or stacked. */
export type ScrollyLayout = 'ssr' | 'sticky' | 'stacked';

export type ScrollDirection = 'down' | 'up';

/** Where <Scrolly> puts its graphic on wide screens: beside the steps, or full-bleed behind them
 * with the text overlaid (on phones too). */
export type GraphicPosition = 'right' | 'left' | 'overlay';

/** What a graphic needs to draw one state. Passed to the `graphic` snippet of <Scrolly>. */
export interface GraphicState {
	/** Index of the step the graphic shows (0-based). */
	index: number;
	/** Id of that step. */
	id: string;
	/** Progress through the step, 0 to 1. Always 1 for stacked graphics and reduced motion. */
	progress: number;
	/** Direction of the last step change. */
	direction: ScrollDirection;
	/** True for the static picture that follows a step in the stacked layout. */
	stacked: boolean;
	/** The reader asked for reduced motion: change state instantly, no scrubbing. */
	reducedMotion: boolean;
}

/** How the page around a Scrolly is scrolled; set by embed routes, read by Scrolly. */
export type ScrollyEnvironment = {
	/** `auto`: decide from the page (top-level page). `stacked`: never pin the graphic. */
	mode: 'auto' | 'stacked';
	/** Brings a step to the trigger line for a keyboard reader. An embed asks its host page to
	 * scroll; a top-level page scrolls itself (the default). */
	scrollToStep?: (step: HTMLElement) => void;
};
