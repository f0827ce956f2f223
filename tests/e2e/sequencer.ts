/**
 * Runs the longest end-to-end files first. The two workers then finish close together, instead
 * of one running a long file alone at the end: on a fresh CI machine vitest has no timings
 * cached and would start the files in name order.
 */
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, by the wall time of each file in a full run here (seconds, at 2 workers):
 * a11y-steps 316, gallery 169, a11y 160, network 142, resilience 142, draft-path 101, embed 98,
 * transcript 63, story 62, base-path 34, scrolly 32, html-valid 30, gallery-visuals 9. */
const LONGEST_FIRST = [
	'a11y-steps',
	'gallery',
	'a11y',
	'network',
	'resilience',
	'draft-path',
	'embed',
	'transcript',
	'story',
	'base-path',
	'scrolly',
	'html-valid',
	'gallery-visuals'
];

export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		// A file not in the list (a new one) runs first, so that it does not end up alone last.
		const rank = (file: TestSpecification) =>
			LONGEST_FIRST.indexOf(basename(file.moduleId, '.e2e.ts'));
		return [...files].sort((a, b) => rank(a) - rank(b));
	}
}
