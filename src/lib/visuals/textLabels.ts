/** The summary line of each visual's text alternative (the disclosure under the graphic). */
import type { VisualKind } from '../story/schema';

export const VISUAL_TEXT_LABELS: Record<VisualKind, string> = {
	timeline: 'Read the timeline as a list',
	transcript: 'Read the transcript as text',
	'draft-path': 'Read the path of the draft as a list',
	network: 'Read the connections as a table'
};
