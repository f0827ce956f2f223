/**
 * How big a story may get before the build refuses it. A story's data is drawn several times
 * over (the live graphic, each step's still, the text alternatives), so a data file of a few
 * megabytes makes pages of tens of megabytes that no phone can read, and a build that runs out
 * of memory. Set in the Vite plugin's options (vite.config.ts); checked at build.
 */
import type { StoryProblem } from '../model/problems.js';

export interface StoryLimits {
	/** Largest data file (`data/*.yaml`) or `story.svx`, in bytes. */
	dataFileBytes: number;
	/** Largest built HTML page, in bytes. */
	pageBytes: number;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * The flagship story's largest data file is under 10 KB and its page about 1 MB: these leave
 * room for a long story, and stop one that would not load on a phone.
 */
export const DEFAULT_LIMITS: StoryLimits = { dataFileBytes: 512 * KB, pageBytes: 3 * MB };

/** `300 bytes`, `512 KB`, `3 MB`, `84.6 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes < KB) return `${bytes} bytes`;
	if (bytes < MB) return `${Math.ceil(bytes / KB)} KB`;
	const mb = bytes / MB;
	return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** `<file>: 5.1 MB (limit 512 KB); <what to do>` */
export function sizeProblem(
	file: string,
	bytes: number,
	limit: number,
	advice: string
): StoryProblem {
	return {
		file,
		path: [],
		message: `${formatBytes(bytes)} (limit ${formatBytes(limit)}); ${advice}`
	};
}
