/**
 * The built pages' sizes against the limit (limits.ts). Runs on the prerendered pages before the
 * adapter copies them to the output folder, so a page over the limit stops the build with
 * nothing written. Node only.
 */
import { isLocale } from '../i18n/locales.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sizeProblem } from './limits.js';
import type { StoryProblem } from '../model/problems.js';

/** Every `.html` file under `dir`, with its size. */
function htmlFiles(dir: string): { path: string; bytes: number }[] {
	const found: { path: string; bytes: number }[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) found.push({ path, bytes: statSync(path).size });
		}
	};
	// A build that prerenders nothing has no pages to weigh.
	if (existsSync(dir)) walk(dir);
	return found;
}

/**
 * One problem per page of `dir` (the prerendered pages, as they will be written) over `limit`
 * bytes, naming the page as a path of the built site and the story it comes from.
 * @param stories the story folders, by slug, relative to the project root
 */
export function pageSizeProblems(
	dir: string,
	limit: number,
	stories: ReadonlyMap<string, string>
): StoryProblem[] {
	return htmlFiles(dir)
		.filter(({ bytes }) => bytes > limit)
		.map(({ path, bytes }) => {
			const page = relative(dir, path).split('\\').join('/');
			// `american-plan/…`, `embed/american-plan/…`; an edition in another language has its
			// locale first (`uk/american-plan/…`, `embed/uk/american-plan/…`).
			const parts = page.split('/').filter((part, i) => !(i === 0 && part === 'embed'));
			const slug = isLocale(parts[0] ?? '') ? parts[1] : parts[0];
			const folder = stories.get(slug ?? '');
			const fix = 'raise pageBytes in the limits of scrollyStories() in vite.config.ts';
			return sizeProblem(
				page,
				bytes,
				limit,
				folder
					? `the page of ${folder} is too heavy for a reader's phone; trim the story's data, or ${fix}`
					: `the page is too heavy for a reader's phone; ${fix}`
			);
		})
		.sort((a, b) => a.file.localeCompare(b.file));
}
