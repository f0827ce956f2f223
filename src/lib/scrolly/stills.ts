/**
 * Brings back the static graphics that a server-only page keeps in `<noscript>` (Step.svelte,
 * `stills: 'noscript'`). With JavaScript on, a `<noscript>` holds its markup as text, so the
 * page's first load neither parses nor lays out some thirty copies of the graphics that only
 * the stacked layout shows. That layout is needed with JavaScript on in two cases: a section
 * whose scroll engine could not start, and print.
 */

/** Turns every kept still inside `root` into markup. Idempotent. */
export function restoreStills(root: ParentNode = document): void {
	for (const kept of root.querySelectorAll('.scrolly-step-graphic > noscript')) {
		const template = document.createElement('template');
		template.innerHTML = kept.textContent ?? '';
		kept.replaceWith(template.content);
	}
}

let listening = false;

/**
 * Restores every still before the page is printed. `beforeprint` comes first in browsers that
 * fire it; the print media query also covers print previews and emulated print media.
 */
export function restoreStillsForPrint(): void {
	if (listening) return;
	listening = true;
	const restore = () => {
		restoreStills();
		// The build leaves lazy images of the stills (src/build/stills.js): print needs them all now.
		for (const img of document.querySelectorAll<HTMLImageElement>('.scrolly-step-graphic img'))
			img.setAttribute('loading', 'eager');
	};
	addEventListener('beforeprint', restore);
	matchMedia('print').addEventListener('change', (event) => event.matches && restore());
}
