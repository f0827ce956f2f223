/**
 * Tells apart the sources a list would name alike. A note names each source by its outlet and
 * date ("Reuters, Nov. 26, 2025"); two copies of one report, or two reports of one day, would
 * make two links of the same words to different entries of the sources section. Each of those
 * gets the start of its title, as many words as tell them apart (at least three). Pure.
 */

/** Words of a title kept before an ellipsis, at the least. */
const MIN_WORDS = 3;

/** The start of `title`: its first `count` words, with an ellipsis if any are left out. */
export function titleStart(title: string, count: number): string {
	const words = title.split(/\s+/).filter(Boolean);
	return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/**
 * For each source, in order, the start of its title where another source of the list has the
 * same label; undefined where its label alone is unique.
 */
export function sourceHints(
	sources: readonly { title: string }[],
	labels: readonly string[]
): (string | undefined)[] {
	const hints: (string | undefined)[] = sources.map(() => undefined);
	const alike = new Map<string, number[]>();
	labels.forEach((label, i) => alike.set(label, [...(alike.get(label) ?? []), i]));
	for (const group of alike.values()) {
		if (group.length < 2) continue;
		const titles = group.map((i) => sources[i]!.title);
		const longest = Math.max(...titles.map((t) => t.split(/\s+/).length));
		let count = MIN_WORDS;
		while (count < longest && new Set(titles.map((t) => titleStart(t, count))).size < group.length)
			count++;
		group.forEach((i, k) => (hints[i] = titleStart(titles[k]!, count)));
	}
	return hints;
}

/** The space before a hint, written as an expression: at the start of an `{#if}` block the
 * server's render drops a plain space (and `&#32;`), and the page read "2025(First…". */
export const SPACE = ' ';
