/**
 * Groups a story's sources for the sources section, so a reader sees at once which are primary
 * records, which are news reports and which is commentary.
 */
import type { Source } from '../story/schema';

export interface SourceGroup {
	id: string;
	title: string;
	sources: Source[];
}

const GROUPS: { id: string; title: string; kinds: Source['kind'][] }[] = [
	{ id: 'records', title: 'Records and official statements', kinds: ['primary', 'official'] },
	{ id: 'news', title: 'News reports', kinds: ['news'] },
	{ id: 'reference', title: 'Reference works', kinds: ['reference'] },
	{ id: 'commentary', title: 'Commentary', kinds: ['commentary'] }
];

/** Non-empty groups in a fixed order; inside a group, the order of sources.yaml. */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
	return GROUPS.map(({ id, title, kinds }) => ({
		id,
		title,
		sources: sources.filter((s) => kinds.includes(s.kind))
	})).filter((g) => g.sources.length > 0);
}
