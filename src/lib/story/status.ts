/**
 * The four words for how well a fact stands up. They are the only values `status` may take in a
 * story's data, and the UI shows each one the same way everywhere (badge, line style, legend).
 *
 * This file has no dependencies so that components can import it without pulling the schema
 * validator into the reader's JavaScript.
 */
export const STATUSES = ['documented', 'reported', 'claimed', 'disputed'] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
	documented: 'Documented',
	reported: 'Reported',
	claimed: 'Claimed',
	disputed: 'Disputed'
};

/** One-line definitions, shown in the legend and in tooltips. */
export const STATUS_DEFINITIONS: Record<Status, string> = {
	documented:
		'A primary record exists: a published transcript, an official notice, a statement on record.',
	reported: 'Reported by one or more named news outlets and not contradicted by a primary record.',
	claimed:
		'Asserted by a single outlet, an anonymous source or a commentator, and not independently confirmed.',
	disputed: 'Denied or contested by a party on record.'
};

/** Documented and reported facts are drawn solid; claimed and disputed ones are not. */
export function isEstablished(status: Status): boolean {
	return status === 'documented' || status === 'reported';
}
