/**
 * Runs the longest end-to-end files first. The workers then finish close together, instead of
 * one running a long file alone at the end: on a fresh CI machine vitest has no timings
 * cached and would start the files in name order.
 */
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, by the wall time of each file in a full run here. Only the
 * order matters: a file that grows or shrinks a little needs no change here. */
const LONGEST_FIRST = [
	'a11y',
	'a11y-steps',
	'transcript',
	'resilience',
	'network',
	'embed',
	'scrolly',
	'draft-path',
	'base-path',
	'story',
	'layout',
	'provenance',
	'weight',
	'timeline',
	'gallery',
	'html-valid',
	'gallery-visuals',
	'long-words',
	'edition'
];

export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		// A file not in the list (a new one) runs first, so that it does not end up alone last.
		const rank = (file: TestSpecification) =>
			LONGEST_FIRST.indexOf(basename(file.moduleId, '.e2e.ts'));
		return [...files].sort((a, b) => rank(a) - rank(b));
	}
}
