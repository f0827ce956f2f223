/**
 * Marks every script of the site for eager compilation (V8's explicit compile hint, Chrome 136
 * and later): a file that starts with `//# allFunctionsCalledOnLoad` is compiled whole on the
 * background thread that streams it, instead of one function at a time on the main thread the
 * first time each is called. Other browsers read a comment.
 *
 * Why: a story page loads a visual's code as the reader nears it, to mount it at once, so every
 * function of that chunk runs within moments of loading, in the one task that mounts the visual
 * while the reader scrolls. Compiled lazily, that task held the compilation: on a phone-sized
 * page (2-core machine), mounting the draft path took 15 to 21 ms, 9 to 14 ms with the hint, and
 * dropped frames while scrolling the story went from 7 (7 to 8, 5 runs) to 5 (4 to 7).
 * The first-load scripts are a few kilobytes, all run at load.
 *
 * The hint must be the file's first line: it is added to the client's chunks as they are written,
 * after minification (which drops comments) and Vite's own additions at the top (Node, which
 * runs the server's chunks, does not read it). The names' hashes were taken before: the line is
 * the same in every file, so a name still changes whenever its file does. Source maps are not
 * built (Vite's default), so the line they would shift maps nothing.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(): Plugin {
	return {
		name: 'scrolly:compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		generateBundle: {
			// After Vite's own changes to the chunks (it puts the map of a lazy import's
			// dependencies, `__vite__mapDeps`, at the top of the files that have one).
			order: 'post',
			handler(_, bundle) {
				for (const file of Object.values(bundle))
					if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT))
						file.code = `${COMPILE_HINT}\n${file.code}`;
			}
		}
	};
}
