/**
 * Groups a story's sources for the sources section, so a reader sees at once which are primary
 * records, which are news reports and which is commentary.
 */
import { en, type Messages } from '../i18n/en';
import type { Source } from '../model/schema';

export interface SourceGroup {
	id: string;
	title: string;
	sources: Source[];
}

type GroupId = keyof Messages['sources']['groups'];

const GROUPS: { id: GroupId; kinds: Source['kind'][] }[] = [
	{ id: 'records', kinds: ['primary', 'official'] },
	{ id: 'news', kinds: ['news'] },
	{ id: 'reference', kinds: ['reference'] },
	{ id: 'commentary', kinds: ['commentary'] }
];

/** Non-empty groups in a fixed order; inside a group, the order of sources.yaml. */
export function groupSources(sources: readonly Source[], t: Messages = en): SourceGroup[] {
	return GROUPS.map(({ id, kinds }) => ({
		id,
		title: t.sources.groups[id],
		sources: sources.filter((s) => kinds.includes(s.kind))
	})).filter((g) => g.sources.length > 0);
}
