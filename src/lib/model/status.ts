/**
 * The four words for how well a fact stands up. They are the only values `status` may take in a
 * story's data, and the UI shows each one the same way everywhere (badge, line style, legend).
 *
 * This file depends on nothing but the English catalogue, so that components can import it without pulling the schema
 * validator into the reader's JavaScript.
 */
import { en } from '../i18n/en.js';

export const STATUSES = ['documented', 'reported', 'claimed', 'disputed'] as const;

export type Status = (typeof STATUSES)[number];

/** The English words; other locales' are in their catalogues (src/lib/i18n). */
export const STATUS_LABELS: Record<Status, string> = en.status;

/** One-line definitions, shown in the legend and in tooltips (English; see the catalogues). */
export const STATUS_DEFINITIONS: Record<Status, string> = en.statusDefinitions;

/** Documented and reported facts are drawn solid; claimed and disputed ones are not. */
export function isEstablished(status: Status): boolean {
	return status === 'documented' || status === 'reported';
}
