/**
 * Links in an embed that lead off the embedded page open in a new tab: followed inside the frame,
 * they would put another page in the middle of the publisher's. In-page links (#sources) stay.
 */

/** Gives a clicked link that leaves this page `target="_blank"` before the browser follows it
 * (a capture-phase click listener). A link with a target of its own is left as it is. */
export function sendLinkOutOfFrame(event: Event, here: Pick<Location, 'href'>): void {
	const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
	if (!link || link.target) return;
	const page = new URL(here.href);
	const url = new URL(link.href, page);
	if (url.origin === page.origin && url.pathname === page.pathname) return;
	link.target = '_blank';
	link.rel = 'noopener';
}
