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
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadStories, storyFolders } from './loader.js';
import { StoryValidationError } from './problems.js';

const DATA_ID = 'virtual:scrolly/stories';
const COMPONENTS_ID = 'virtual:scrolly/story-components';

export function storyDirsFromEnv(env = process.env): string[] {
	return (env.SCROLLY_STORIES ?? 'stories')
		.split(',')
		.map((dir) => dir.trim())
		.filter(Boolean);
}

export function scrollyStories(options: { dirs?: string[]; root?: string } = {}): Plugin {
	const root = options.root ?? process.cwd();
	const dirs = options.dirs ?? storyDirsFromEnv();
	const absDirs = dirs.map((dir) => resolve(root, dir));
	let server: ViteDevServer | undefined;

	const isStoryFile = (file: string) =>
		absDirs.some((dir) => file.startsWith(dir + '/')) && /\.(svx|ya?ml)$/.test(file);

	return {
		name: 'scrolly-stories',
		enforce: 'pre',
		buildStart() {
			// Fail fast, with every problem listed, before any chunk is written. The stack trace
			// is dropped: the problems are in the story files, not in this code.
			try {
				if (!loadStories(dirs, root).length) {
					this.error({
						message: `No stories found in ${dirs.join(', ')}. A story is a folder holding a story.svx (e.g. stories/my-story/story.svx); set SCROLLY_STORIES to the folders that hold them.`,
						stack: ''
					});
				}
			} catch (error) {
				if (error instanceof StoryValidationError)
					this.error({ message: error.message, stack: '' });
				throw error;
			}
			for (const dir of absDirs) this.addWatchFile(dir);
		},
		resolveId(id) {
			if (id === DATA_ID || id === COMPONENTS_ID) return '\0' + id;
			return undefined;
		},
		load(id) {
			if (id === '\0' + DATA_ID) {
				const stories = loadStories(dirs, root);
				return `export const stories = ${JSON.stringify(stories)};`;
			}
			if (id === '\0' + COMPONENTS_ID) {
				const entries = storyFolders(dirs, root).map((folder) => {
					const slug = folder.split('/').pop()!;
					return `${JSON.stringify(slug)}: () => import(${JSON.stringify(join(folder, 'story.svx'))})`;
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
				for (const id of [DATA_ID, COMPONENTS_ID]) {
					const module = server?.moduleGraph.getModuleById('\0' + id);
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
