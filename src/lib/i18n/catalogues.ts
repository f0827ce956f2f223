/**
 * Checks a catalogue of interface words against English: the keys it lacks, and those left
 * empty. The type check already refuses a catalogue that lacks a key; this names the file and
 * the key for a reader, in the same form as the story loader's problems.
 */
type Tree = { readonly [key: string]: unknown };

/** Dotted paths of the keys of `reference` that `catalogue` lacks or leaves empty. */
export function missingKeys(reference: Tree, catalogue: Tree, prefix = ''): string[] {
	return Object.entries(reference).flatMap(([key, value]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		const other = catalogue[key];
		if (value && typeof value === 'object') {
			return other && typeof other === 'object'
				? missingKeys(value as Tree, other as Tree, path)
				: [path];
		}
		if (typeof value === 'function') return typeof other === 'function' ? [] : [path];
		// An empty English value (e.g. no og:locale) may stay empty in another locale.
		if (typeof other !== 'string' || (value !== '' && other.trim() === '')) return [path];
		return [];
	});
}

/** `src/lib/i18n/uk.ts: status.claimed: missing; translate the English "Claimed"` */
export function catalogueProblems(file: string, reference: Tree, catalogue: Tree): string[] {
	return missingKeys(reference, catalogue).map((path) => {
		const english = path.split('.').reduce<unknown>((at, key) => (at as Tree)[key], reference);
		return `${file}: ${path}: missing; translate the English ${JSON.stringify(english)}`;
	});
}
