/**
 * Builds the host loader (/embed.js) from its TypeScript sources with esbuild: one minified,
 * dependency-free IIFE. Runs at build time, when the `/embed.js` route is prerendered (and on
 * request in `vite dev`).
 *
 * The sources are read through Vite (`?raw`), not from the file system, so the bundle does not
 * depend on the working directory or on where the server build ends up.
 */
import { build, type Plugin } from 'esbuild';

const sources = import.meta.glob(
	['/src/lib/embed/protocol.ts', '/src/lib/embed/host/*.ts', '!/src/lib/embed/host/*.test.ts'],
	{ query: '?raw', import: 'default', eager: true }
) as Record<string, string>;

const ENTRY = '/src/lib/embed/host/main.ts';

/** Resolves relative imports among the raw sources above; anything else is an error, which
 * keeps the loader free of dependencies. */
const rawSources: Plugin = {
	name: 'raw-sources',
	setup(b) {
		b.onResolve({ filter: /.*/ }, ({ path, importer }) => {
			const resolved = importer ? new URL(path, 'file://' + importer).pathname : path;
			const file = resolved.endsWith('.ts') ? resolved : resolved + '.ts';
			if (!(file in sources)) {
				return { errors: [{ text: `The host loader may only import its own sources: ${path}` }] };
			}
			return { path: file, namespace: 'raw' };
		});
		b.onLoad({ filter: /.*/, namespace: 'raw' }, ({ path }) => ({
			contents: sources[path],
			loader: 'ts'
		}));
	}
};

/** The minified loader, ready to serve. */
export async function bundleHostLoader(): Promise<string> {
	const result = await build({
		entryPoints: [ENTRY],
		bundle: true,
		write: false,
		minify: true,
		format: 'iife',
		target: 'es2020',
		legalComments: 'none',
		plugins: [rawSources]
	});
	return result.outputFiles[0]!.text;
}
