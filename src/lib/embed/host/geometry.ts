/**
 * The host loader's arithmetic, kept pure so it is tested without a browser.
 *
 * The wrapper is as tall as the iframe's document; the iframe is pinned `offset` px below the top
 * of the host's viewport (under a publisher's sticky header, say). While the wrapper passes the
 * pin line, the iframe's document must be scrolled by how far the wrapper's top has gone past it.
 */

/**
 * Scroll offset the iframe mirrors.
 *
 * @param wrapTop     the wrapper's top relative to the host viewport (getBoundingClientRect)
 * @param wrapHeight  the wrapper's height (the iframe document's height)
 * @param frameHeight the pinned iframe's height
 * @param offset      distance of the pin line from the top of the viewport
 */
export function frameScroll(
	wrapTop: number,
	wrapHeight: number,
	frameHeight: number,
	offset: number
): number {
	return Math.max(0, Math.min(offset - wrapTop, wrapHeight - frameHeight));
}

/**
 * The host's scroll position that shows position `y` of the iframe's document at the top of the
 * pinned iframe. `y` is clamped to what the wrapper can show.
 */
export function hostScrollFor(
	y: number,
	scrollY: number,
	wrapTop: number,
	wrapHeight: number,
	frameHeight: number,
	offset: number
): number {
	return scrollY + wrapTop - offset + Math.max(0, Math.min(y, wrapHeight - frameHeight));
}
