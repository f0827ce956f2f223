/**
 * The wide diagram's labels, placed. The search for their places (labelPlacement.ts) runs on
 * the server while the page is prerendered; its choices travel in the markup (an attribute of
 * the diagram), and the browser rebuilds the labels from them while hydrating: same labels,
 * same places, no search in the reader's browser and nothing moving. Where no choices are in
 * the page (the diagram was first drawn in the browser), the search is loaded and run there.
 */
import type { DraftPathGeometry } from './draftPathGeometry';
import { choicesOf, labelsFromChoices, type LabelChoice, type Place } from './placedLabel';

/**
 * The search, on the server only. Imported this way (not with a static import, which the
 * browser's bundle would keep even where unused) so that it stays out of the reader's
 * JavaScript; in the browser it is loaded only if a diagram has no choices in the page.
 */
const serverSearch = import.meta.env.SSR ? await import('./labelPlacement') : undefined;

/** The attribute that carries the choices, on the element that also has `data-dp-key`. */
export const CHOICES_ATTRIBUTE = 'data-dp-labels';

/** Choices found on the server, by data key: a prerender draws the same data many times. */
// A plain cache on the server, never read reactively.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const searched = new Map<string, LabelChoice[]>();

/** The choices as a compact string, for the attribute. */
export function encodeChoices(choices: readonly LabelChoice[]): string {
	return JSON.stringify(choices.map((c) => [c.id, c.place, c.maxWidth, c.t ?? null]));
}

export function decodeChoices(text: string): LabelChoice[] {
	const rows = JSON.parse(text) as [string, Place, number, number | null][];
	return rows.map(([id, place, maxWidth, t]) =>
		t === null ? { id, place, maxWidth } : { id, place, maxWidth, t }
	);
}

function choicesInPage(key: string): LabelChoice[] | undefined {
	if (typeof document === 'undefined') return undefined;
	const text = document
		.querySelector(`[data-dp-key="${key}"][${CHOICES_ATTRIBUTE}]`)
		?.getAttribute(CHOICES_ATTRIBUTE);
	try {
		return text ? decodeChoices(text) : undefined;
	} catch {
		return undefined;
	}
}

function firstChoices(geometry: DraftPathGeometry): LabelChoice[] | undefined {
	if (serverSearch) {
		let choices = searched.get(geometry.key);
		if (!choices) {
			const placement = serverSearch.placeWideLabels(geometry.wide, { quotes: geometry.quotes });
			choices = choicesOf(placement.labels);
			searched.set(geometry.key, choices);
		}
		return choices;
	}
	return choicesInPage(geometry.key);
}

/** The placed labels of the wide diagram for the geometry `get` returns, and their choices. */
export function useWideLabels(get: () => DraftPathGeometry) {
	const start = get();
	const initial = firstChoices(start);
	let found = $state<{ key: string; choices: LabelChoice[] } | undefined>(
		initial && { key: start.key, choices: initial }
	);

	$effect(() => {
		const geometry = get();
		if (found?.key === geometry.key) return;
		const fromPage = choicesInPage(geometry.key);
		if (fromPage) {
			found = { key: geometry.key, choices: fromPage };
			return;
		}
		let cancelled = false;
		import('./labelPlacement').then((search) => {
			if (cancelled) return;
			const labels = search.placeWideLabels(geometry.wide, { quotes: geometry.quotes }).labels;
			found = { key: geometry.key, choices: choicesOf(labels) };
		});
		return () => {
			cancelled = true;
		};
	});

	const choices = $derived(found?.key === get().key ? found.choices : undefined);
	const labels = $derived.by(() => {
		const geometry = get();
		return choices ? labelsFromChoices(geometry.wide, geometry.quotes, choices) : [];
	});
	return {
		get choices() {
			return choices;
		},
		get labels() {
			return labels;
		}
	};
}
