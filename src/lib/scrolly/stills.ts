/**
 * Stills: each step's own static picture of the graphic, which only the stacked layout shows
 * (no JavaScript, print, an embed without its host loader, a scroll engine that failed).
 *
 * The server writes every still inside `<noscript>` (Step.svelte), unless the section starts
 * stacked. A reader without JavaScript gets them as markup; with JavaScript on, a browser keeps
 * a `<noscript>`'s markup as text, so neither the browser nor a hydrated app builds thirty
 * copies of the graphics that the sticky layout never shows. When the stacked layout is shown
 * with JavaScript on, the stills come back in one of two ways:
 * - a hydrated <Scrolly> mounts them itself, live (its section is marked `data-stills="drawn"`);
 * - on a page that is never hydrated (story pages, whose graphics are islands), restoreStills
 *   turns the kept markup into elements.
 */

/** Turns every kept still inside `root` into markup, except in sections whose <Scrolly> draws its
 * own. Idempotent. */
export function restoreStills(root: ParentNode = document): void {
	for (const kept of root.querySelectorAll('.scrolly-step-graphic > noscript')) {
		if (kept.closest('[data-stills="drawn"]')) continue;
		const template = document.createElement('template');
		template.innerHTML = kept.textContent ?? '';
		kept.replaceWith(template.content);
	}
}

/**
 * Calls `onChange(true)` before the page is printed and `onChange(false)` after. `beforeprint`
 * comes first in browsers that fire it (synchronously inside a script's `print()`); the print
 * media query also covers print previews and emulated print media. Also `onChange(true)` soon
 * after it starts when the page is printing already. Returns the way to stop.
 */
export function watchPrint(onChange: (printing: boolean) => void): () => void {
	const print = matchMedia('print');
	const before = () => onChange(true);
	const after = () => onChange(print.matches);
	const change = (event: MediaQueryListEvent) => onChange(event.matches);
	addEventListener('beforeprint', before);
	addEventListener('afterprint', after);
	print.addEventListener('change', change);
	// The page may be printing already: a print asked for while it was still starting (print
	// media emulated, a preview opened during the load) fires nothing once this listens. Told
	// once the calling code has run (a microtask), so that a component calling this from an
	// effect can update itself.
	if (print.matches) queueMicrotask(() => print.matches && onChange(true));
	return () => {
		removeEventListener('beforeprint', before);
		removeEventListener('afterprint', after);
		print.removeEventListener('change', change);
	};
}

let listening = false;

/** Restores every kept still of the page before it is printed (pages that are never hydrated). */
export function restoreStillsForPrint(): void {
	if (listening) return;
	listening = true;
	watchPrint((printing) => {
		if (!printing) return;
		restoreStills();
		// The build leaves lazy images of the stills (src/build/stills.js): print needs them all now.
		for (const img of document.querySelectorAll<HTMLImageElement>('.scrolly-step-graphic img'))
			img.setAttribute('loading', 'eager');
	});
}
