/**
 * Keys that scroll a page, for an embed whose host does the scrolling: the iframe turns them into
 * `scrollTo` requests (childBridge.ts), since its own document cannot scroll.
 */

/** Distance of one arrow-key press, as browsers scroll it. */
const ARROW_PX = 40;

/**
 * How far a scrolling key moves the page, or undefined when the key does not scroll or belongs
 * to the focused control (typing, a button's Space, a select's arrows).
 */
export function keyScrollDelta(
	event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
	scrollY: number,
	pageHeight: number,
	maxScroll: number
): number | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
	const target = event.target as HTMLElement | null;
	if (
		target?.isContentEditable ||
		target?.closest?.('input, textarea, select, [role="slider"], [role="listbox"], [role="menu"]')
	)
		return undefined;
	// Space activates these; on a link or anything else it scrolls, as browsers do.
	const activates = target?.closest?.('button, summary, [role="button"]');
	const page = Math.max(ARROW_PX, pageHeight * 0.875);
	switch (event.key) {
		case 'ArrowDown':
			return ARROW_PX;
		case 'ArrowUp':
			return -ARROW_PX;
		case 'PageDown':
			return page;
		case 'PageUp':
			return -page;
		case ' ':
			return activates ? undefined : event.shiftKey ? -page : page;
		case 'Home':
			return -scrollY;
		case 'End':
			return maxScroll - scrollY;
		default:
			return undefined;
	}
}
