/**
 * Orders a story's reactions so that the answers stand level with the accusations: criticism
 * and responses (or denials) alternate, each kind in the order the data gives it. On wide screens
 * the two kinds form two columns, row by row; on phones the same order reads as a conversation.
 */
import { en } from '../i18n/en';
import type { Reaction } from '../model/schema';

export type ReactionSide = 'criticism' | 'answer';

export const SIDE_OF: Record<Reaction['kind'], ReactionSide> = {
	reaction: 'criticism',
	response: 'answer',
	denial: 'answer'
};

/** The English words (each locale's are in its catalogue, src/lib/i18n). */
export const KIND_LABELS: Record<Reaction['kind'], string> = en.reactions.kinds;

export function alternateSides(reactions: readonly Reaction[]): Reaction[] {
	const criticism = reactions.filter((r) => SIDE_OF[r.kind] === 'criticism');
	const answers = reactions.filter((r) => SIDE_OF[r.kind] === 'answer');
	const ordered: Reaction[] = [];
	for (let i = 0; i < Math.max(criticism.length, answers.length); i++) {
		if (criticism[i]) ordered.push(criticism[i]!);
		if (answers[i]) ordered.push(answers[i]!);
	}
	return ordered;
}
