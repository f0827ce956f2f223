/**
 * Pure scroll arithmetic. The engine measures steps once (on setup, resize and font load) and
 * then computes progress from the scroll position alone, so scrolling never forces a layout.
 */

export function clamp(value: number, min = 0, max = 1): number {
	return Math.min(max, Math.max(min, value));
}

export interface StepBox {
	/** Distance from the top of the document to the top of the step, in px. */
	top: number;
	height: number;
}

/**
 * How far the trigger line has travelled through a step: 0 when the trigger meets the step's
 * top, 1 when it reaches its bottom.
 *
 * @param scrollY   the document's scroll position
 * @param trigger   distance of the trigger line from the top of the viewport, in px
 */
export function stepProgress(scrollY: number, trigger: number, box: StepBox): number {
	if (box.height <= 0) return 1;
	return clamp((scrollY + trigger - box.top) / box.height);
}

/**
 * The trigger line's distance from the top of the viewport. `offset` is a fraction of the
 * viewport height (0–1) or a pixel string like "200px", as in scrollama.
 */
export function triggerPosition(offset: number | string, viewportHeight: number): number {
	const parsed = parseOffset(offset);
	return parsed.unit === 'px' ? parsed.value : parsed.value * viewportHeight;
}

/**
 * Validates an offset before it reaches scrollama, which throws an unhelpful TypeError on
 * "50%" and silently clamps out-of-range numbers.
 */
export function parseOffset(offset: number | string): { value: number; unit: 'fraction' | 'px' } {
	if (typeof offset === 'number') {
		if (!Number.isFinite(offset) || offset < 0 || offset > 1) {
			throw new RangeError(
				`Scrolly offset ${offset} is out of range: use a fraction of the viewport height from 0 to 1, e.g. 0.6`
			);
		}
		return { value: offset, unit: 'fraction' };
	}
	const match = /^(\d+(?:\.\d+)?)px$/.exec(offset.trim());
	if (!match) {
		throw new RangeError(
			`Scrolly offset "${offset}" is not understood: use a number from 0 to 1 (0.6) or pixels ("200px"), not a percentage`
		);
	}
	return { value: Number(match[1]), unit: 'px' };
}

/** The trigger line's place when no offset is given: 60% down the viewport, as in scrollama's
 * demos and Scrolly's `offset` default. */
export const DEFAULT_OFFSET = 0.6;

/**
 * The one definition of the step a reader is at: the last step whose top has reached the
 * trigger line (`line`, in px from the top of the document), or -1 before the first. Only the
 * engine decides by it; others follow its events (stepEvent.ts).
 */
export function lastStepReached(line: number, boxes: readonly Pick<StepBox, 'top'>[]): number {
	let reached = -1;
	for (let i = 0; i < boxes.length; i++) if (boxes[i]!.top <= line) reached = i;
	return reached;
}

/** Index of the step whose box contains the trigger line, or the nearest one. Used to pick the
 * right step at once when a reader lands mid-story (deep link, reload). */
export function stepAt(scrollY: number, trigger: number, boxes: StepBox[]): number {
	// Steps that are not laid out (inside a hidden parent) have no boxes to compare: start.
	if (boxes.every((box) => box.height === 0)) return 0;
	return Math.max(0, lastStepReached(scrollY + trigger, boxes));
}
