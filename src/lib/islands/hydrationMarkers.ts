/**
 * Svelte's server output marks blocks with comments (`<!--[-->`, `<!--]-->`, `<!---->`…) that
 * hydration walks. A story page is never hydrated as a whole: only its islands are, each from
 * its own markup. The markers everywhere else are dead weight (about 24 KB of the flagship
 * story's HTML), so the page keeps only those inside an island.
 */

/** A comment Svelte writes for hydration: block open (`[`, `[0`, `[-1`, `[!`), close, empty,
 * or a `$props.id()` seed (`$s1`). Author comments never reach the output (Svelte drops them). */
const MARKER = /^(?:\[!?-?\d*|\]|\$[\w-]*|)$/;

/** The opening tag of an island's wrapper (Island.svelte). */
const ISLAND = /\sdata-island=/;

/**
 * Removes the hydration markers of `html` outside every `[data-island]` element. Islands are
 * `<div>`s; Svelte escapes `<` in text and attributes, so the tags found here are real tags.
 */
export function stripHydrationMarkers(html: string): string {
	let out = '';
	let from = 0;
	/** Depth of `<div>`s inside the island being skipped; -1 outside any island. */
	let depth = -1;
	for (const match of html.matchAll(/<!--([\s\S]*?)-->|<(\/?)div\b[^>]*>/g)) {
		const [token, comment, closing] = match;
		if (depth >= 0) {
			if (comment === undefined) depth += closing ? -1 : 1;
			if (depth === 0) depth = -1;
			continue;
		}
		if (comment === undefined) {
			if (!closing && ISLAND.test(token)) depth = 1;
			continue;
		}
		if (!MARKER.test(comment)) continue;
		out += html.slice(from, match.index);
		from = match.index + token.length;
	}
	return out + html.slice(from);
}
