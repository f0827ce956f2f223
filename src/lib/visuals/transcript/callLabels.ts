/**
 * The words around a call that are built from its data: the date as a newsroom writes it, the
 * list of participants, the publication credit, and each speaker's initials badge. Pure.
 */

import { formatShortDate } from '../../ui/dates';

/** "Oct. 14, 2025" from "2025-10-14" (news style, as everywhere in the package). */
export const apDate = formatShortDate;

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[], and = 'and'): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** "Transcript published by Bloomberg News, Nov. 25, 2025". */
export function publishedByLine(outlet: string, date: string): string {
	return `Transcript published by ${outlet}, ${apDate(date)}`;
}

/** A date in the page's locale: AP style in English (apDate), Intl's in another. */
export const localDate = (date: string, locale: string) => formatShortDate(date, { locale });

const SKIPPED_WORDS = new Set(['the', 'of', 'and', 'for', 'de', 'von', 'van']);

function words(name: string): string[] {
	return name
		.split(/[\s-]+/)
		.filter((w) => w.length > 0 && !SKIPPED_WORDS.has(w.toLowerCase()))
		.map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter((w) => w.length > 0);
}

/**
 * Initials for each speaker's badge ("Steve Witkoff" → "SW"), distinct within the call: when
 * two speakers would share initials, the later one takes more letters of its last name.
 */
export function speakerInitials(
	speakers: readonly { id: string; name: string }[]
): Map<string, string> {
	const marks = new Map<string, string>();
	const taken = new Set<string>();
	for (const { id, name } of speakers) {
		const parts = words(name);
		const first = parts[0] ?? name;
		const last = parts.at(-1) ?? name;
		const candidates =
			parts.length > 1
				? [first[0]! + last[0]!, first[0]! + last.slice(0, 2), first[0]! + last.slice(0, 3)]
				: [first.slice(0, 2), first.slice(0, 3)];
		let mark = candidates.map((c) => c.toUpperCase()).find((c) => !taken.has(c));
		for (let n = 2; !mark; n++) mark = `${candidates[0]!.toUpperCase()}${n}`;
		taken.add(mark);
		marks.set(id, mark);
	}
	return marks;
}
