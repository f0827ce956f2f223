/**
 * Vite plugin: `import doc from '$lib/scrolly/Scrolly.svelte?doc'` gives the component's
 * documentation (description and props table) read from its source at build time, so the
 * gallery never repeats what the component already says. Only the resulting data reaches the
 * browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { extractComponentDoc } from './componentDoc.js';

const QUERY = '?doc';
const PREFIX = '\0component-doc:';

export function componentDocs(root = process.cwd()): Plugin {
	return {
		name: 'gallery-component-docs',
		enforce: 'pre',
		resolveId: {
			// Only `….svelte?doc` imports reach the handler (a hook filter: no call per import).
			filter: { id: /\.svelte\?doc$/ },
			async handler(source, importer) {
				const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, {
					skipSelf: true
				});
				// The suffix keeps other plugins (Svelte's) from treating the id as a component.
				return resolved ? `${PREFIX}${resolved.id}.js` : undefined;
			}
		},
		load: {
			filter: { id: /^\0component-doc:/ },
			handler(id) {
				const file = id.slice(PREFIX.length, -'.js'.length);
				this.addWatchFile(file);
				const readModule = (specifier: string) => {
					const base = join(dirname(file), specifier);
					for (const candidate of [`${base}.ts`, base.replace(/\.js$/, '.ts'), base]) {
						if (/\.(ts|svelte)$/.test(candidate) && existsSync(candidate)) {
							this.addWatchFile(candidate);
							return readFileSync(candidate, 'utf8');
						}
					}
					return undefined;
				};
				const doc = extractComponentDoc(readFileSync(file, 'utf8'), {
					file: relative(root, file).split('\\').join('/'),
					readModule
				});
				return `export default ${JSON.stringify(doc)};`;
			}
		}
	};
}
