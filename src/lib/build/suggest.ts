/**
 * "Did you mean …?" for misspelled ids and field names.
 */

/** Levenshtein distance, small and exact; inputs are ids, never long texts. */
export function editDistance(a: string, b: string): number {
	const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = previous[0]!;
		previous[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = previous[j]!;
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
			diagonal = above;
		}
	}
	return previous[b.length]!;
}

/**
 * The closest candidate to `value`, if it is close enough to be a likely typo: at most a third of
 * the longer word's letters differ (so "dmitreiv" finds "dmitriev", "trump" does not find "putin").
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best === undefined) return undefined;
	const limit = Math.max(2, Math.ceil(Math.max(value.length, best.length) / 3));
	return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "dmitriev"?)` or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const match = closest(value, candidates);
	return match ? ` (did you mean "${match}"?)` : '';
}
