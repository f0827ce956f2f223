/**
 * Problems found in a story's files, and how they are written for a human.
 *
 * Every problem names the file, the place inside it (a data path like `links[4].to`, and the line
 * when we know it), what was found and what was expected. The build prints one line per problem
 * and stops, so an editor can fix them all in one pass.
 */
import { escapeUnsafe } from './unsafeText.js';

export type DataPath = ReadonlyArray<string | number>;

export interface StoryProblem {
	/** Path of the file, relative to the project root: `stories/american-plan/data/links.yaml`. */
	file: string;
	/** Where inside the file, as keys and indexes. Empty for the file as a whole. */
	path: DataPath;
	/** What is wrong and what is expected, with a suggestion when there is one. */
	message: string;
	/** 1-based line in the file, when known. */
	line?: number;
}

/** `['links', 4, 'to']` → `links[4].to` */
export function formatPath(path: DataPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${key}` : key;
	}
	return out;
}

/** `stories/x/data/links.yaml:23: links[4].to: "dmitreiv" is not an entity id (…)` */
export function formatProblem(problem: StoryProblem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const path = formatPath(problem.path);
	return path ? `${where}: ${path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Thrown by the loader when a story does not validate; its message lists every problem. */
export class StoryValidationError extends Error {
	readonly problems: StoryProblem[];

	constructor(problems: StoryProblem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(
			`The stories have ${count}. Nothing was built.\n` +
				problems.map((p) => `  - ${formatProblem(p)}`).join('\n')
		);
		this.name = 'StoryValidationError';
		this.problems = problems;
	}

	/** How Node prints it (Vite's `error during build:` does): the list alone, as the problems
	 * are in the story's files, not in the code that found them. */
	[Symbol.for('nodejs.util.inspect.custom')](): string {
		return this.message;
	}
}

/** Short, readable description of a value found in a file, for "found …" in messages. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (typeof value === 'string') {
		const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
		// Invisible controls are shown as escapes: printed, they would garble the message.
		return `"${escapeUnsafe(shown)}"`;
	}
	if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
	if (Array.isArray(value)) return `a list of ${value.length}`;
	return 'a mapping (key: value pairs)';
}
