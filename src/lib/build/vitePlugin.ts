/**
 * Vite plugin that turns story folders into modules the site imports:
 *
 * - `virtual:scrolly/stories` (server only): every story, validated, as plain data.
 * - `virtual:scrolly/story-components`: a lazy import of each story's compiled story.svx.
 *
 * All stories are validated when the build starts, so a broken story stops the build before
 * anything is written. Which folders hold stories is set by `SCROLLY_STORIES` (comma-separated,
 * default `stories`); the tests add `tests/fixtures/stories`.
 */
import { basename, join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DEFAULT_LIMITS, type StoryLimits } from './limits.js';
import { loadStories, storyFolders } from './loader.js';
import { pageSizeProblems } from './pageSizes.js';
import { formatProblem, StoryValidationError } from '../model/problems.js';
import { translationFolders } from './translation.js';

export { DEFAULT_LIMITS, type StoryLimits } from './limits.js';

const DATA_ID = 'virtual:scrolly/stories';
const COMPONENTS_ID = 'virtual:scrolly/story-components';

export function storyDirsFromEnv(env = process.env): string[] {
	return (env.SCROLLY_STORIES ?? 'stories')
		.split(',')
		.map((dir) => dir.trim())
		.filter(Boolean);
}

export interface ScrollyStoriesOptions {
	/** Folders that hold story folders (default: SCROLLY_STORIES, or `stories`). */
	dirs?: string[];
	root?: string;
	/** How big a data file and a built page may be, in bytes (DEFAULT_LIMITS where not given). A
	 * story over a limit stops the build. */
	limits?: Partial<StoryLimits>;
}

export function scrollyStories(options: ScrollyStoriesOptions = {}): Plugin {
	const root = options.root ?? process.cwd();
	// The map of each story's prose module is a module of its own, named as a file in the
	// project (it is never written: load() gives its code). Not a virtual module: the dev server
	// lists a virtual module under a URL (`/@id/__x00__…`) that SvelteKit cannot look up again
	// when it walks a page's modules for the stylesheets of its server render, so `npm run dev`
	// served the story without its components' styles (claims, sections, visuals).
	const componentsFile = join(root, '.svelte-kit', 'scrolly-story-components.js');
	const dirs = options.dirs ?? storyDirsFromEnv();
	const absDirs = dirs.map((dir) => resolve(root, dir));
	const limits = { ...DEFAULT_LIMITS, ...options.limits };
	let server: ViteDevServer | undefined;
	let command: 'build' | 'serve' = 'serve';

	const isStoryFile = (file: string) =>
		absDirs.some((dir) => file.startsWith(dir + '/')) && /\.(svx|ya?ml)$/.test(file);

	/** Loads every story; throws a StoryValidationError listing every problem found. */
	const validate = (warn: (message: string) => void) => {
		const stories = loadStories(dirs, root, {
			limits,
			onWarning: (warning) => warn(formatProblem(warning))
		});
		if (!stories.length) {
			throw new StoryValidationError([
				{
					file: dirs.join(', '),
					path: [],
					message:
						'holds no story; a story is a folder holding a story.svx (e.g. stories/my-story/story.svx); set SCROLLY_STORIES to the folders that hold them'
				}
			]);
		}
	};

	return {
		name: 'scrolly-stories',
		enforce: 'pre',
		configResolved(config) {
			command = config.command;
			// A build validates before anything starts, so that Vite prints the problem list as it is
			// (StoryValidationError prints itself without a stack); errors raised later, inside the
			// bundler, come wrapped in its own error and stack. SvelteKit runs a second build for the
			// browser, inside the first (build.ssr false): the first has checked already.
			if (command === 'build' && config.build.ssr)
				validate((message) => config.logger.warn(`Warning: ${message}`));
		},
		buildStart() {
			if (command === 'serve') {
				try {
					validate((message) => this.warn(message));
				} catch (error) {
					if (error instanceof StoryValidationError)
						this.error({ message: error.message, stack: '' });
					throw error;
				}
			}
			for (const dir of absDirs) this.addWatchFile(dir);
		},
		closeBundle: {
			// After SvelteKit has prerendered the pages (writeBundle) and before its adapter copies
			// them to the output folder (its own closeBundle): a page over the limit stops the build
			// with nothing written.
			order: 'pre',
			sequential: true,
			handler() {
				if (command !== 'build' || this.environment.name !== 'ssr') return;
				const pages = resolve(this.environment.config.build.outDir, '../prerendered/pages');
				const slugs = new Map(
					storyFolders(dirs, root).map((folder) => [basename(folder), relative(root, folder)])
				);
				const problems = pageSizeProblems(pages, limits.pageBytes, slugs);
				if (problems.length) throw new StoryValidationError(problems);
			}
		},
		resolveId(id) {
			if (id === DATA_ID) return '\0' + id;
			if (id === COMPONENTS_ID) return componentsFile;
			return undefined;
		},
		load(id) {
			if (id === '\0' + DATA_ID) {
				const stories = loadStories(dirs, root, { limits });
				return `export const stories = ${JSON.stringify(stories)};`;
			}
			if (id === componentsFile) {
				// Each edition's prose: the story's, and each translation's as `<locale>/<slug>`.
				const entries = storyFolders(dirs, root).flatMap((folder) => {
					const slug = basename(folder);
					return [
						[slug, folder],
						...translationFolders(folder).map((dir) => [`${basename(dir)}/${slug}`, dir])
					].map(
						([key, dir]) =>
							`${JSON.stringify(key)}: () => import(${JSON.stringify(join(dir!, 'story.svx'))})`
					);
				});
				return `export const components = {\n${entries.join(',\n')}\n};`;
			}
			return undefined;
		},
		configureServer(devServer) {
			server = devServer;
			devServer.watcher.add(absDirs);
			const invalidate = (file: string) => {
				if (!isStoryFile(file) && !absDirs.includes(file)) return;
				for (const id of ['\0' + DATA_ID, componentsFile]) {
					const module = server?.moduleGraph.getModuleById(id);
					if (module) server?.moduleGraph.invalidateModule(module);
				}
				server?.ws.send({ type: 'full-reload' });
			};
			devServer.watcher.on('change', invalidate);
			devServer.watcher.on('add', invalidate);
			devServer.watcher.on('unlink', invalidate);
		}
	};
}
