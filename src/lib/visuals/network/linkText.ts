/**
 * A link as a sentence: "Steve Witkoff spoke on the Oct. 14 call with Yuri Ushakov". Pure.
 */
import type { Link } from '../../model/schema';
import { linkTypeText } from '../../model/linkTypes';

/** The words between the two names: the link's own label, or its type's. */
export function relationText(link: Pick<Link, 'label' | 'type'>): string {
	return link.label ?? linkTypeText(link.type);
}
