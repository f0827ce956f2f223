/**
 * The package's public surface, as designers see it: every entry in `exports` points at a
 * source that exists, every visual folder is its own entry, and every prop of every exported
 * component says what it is for (the gallery's props tables are generated from those lines).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractComponentDoc } from '../../src/gallery/componentDoc';
import { publicComponents, readPublicApi } from '../../src/gallery/publicApi';

const root = process.cwd();
const entries = readPublicApi(root);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const readModule = (file: string) => (specifier: string) => {
	const base = join(root, dirname(file), specifier);
	for (const candidate of [`${base}.ts`, base.replace(/\.js$/, '.ts'), base]) {
		if (existsSync(candidate) && candidate.match(/\.(ts|svelte)$/))
			return readFileSync(candidate, 'utf8');
	}
	return undefined;
};

describe('package exports', () => {
	it('point at sources that exist', () => {
		for (const entry of entries) expect(existsSync(entry.file), entry.file).toBe(true);
	});

	it('include each visual folder as its own entry, with an index.ts', () => {
		const visuals = readdirSync('src/lib/visuals', { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name);
		expect(visuals).toContain('timeline');
		for (const name of visuals) {
			expect(
				existsSync(`src/lib/visuals/${name}/index.ts`),
				`src/lib/visuals/${name}/index.ts`
			).toBe(true);
			expect(pkg.exports[`./visuals/${name}`], `exports["./visuals/${name}"]`).toBe(
				`./dist/visuals/${name}/index.js`
			);
		}
	});

	it('keep the schema validator out of the browser entries', () => {
		// zod and yaml are only reached through ./story/schema and ./story/loader.
		const browserEntries = entries.filter(
			(e) => e.file.endsWith('.ts') && !/(visuals\/schema|build\/loader)\.ts$/.test(e.file)
		);
		const seen = new Set<string>();
		/** Follows a relative import to its source file, however the specifier is written. */
		const visitRelative = (from: string, specifier: string) => {
			const base = join(dirname(from), specifier);
			for (const candidate of [
				base,
				`${base}.ts`,
				base.replace(/\.js$/, '.ts'),
				`${base}/index.ts`
			])
				if (/\.(ts|svelte)$/.test(candidate) && existsSync(candidate)) visit(candidate);
		};
		const visit = (file: string) => {
			if (seen.has(file) || !existsSync(file)) return;
			seen.add(file);
			const source = readFileSync(file, 'utf8');
			for (const match of source.matchAll(
				/^\s*import\s+(?!type\b)([^'"]*?)from\s*['"]([^'"]+)['"]/gm
			)) {
				const [, what, specifier] = match as unknown as [string, string, string];
				if (/^\{\s*(type\s+[\w$]+\s*,?\s*)+\}\s*$/.test(what)) continue;
				expect(['zod', 'yaml'], `${file} imports ${specifier}`).not.toContain(specifier);
				if (specifier.startsWith('.')) visitRelative(file, specifier);
			}
			for (const match of source.matchAll(
				/export\s+(?:\*|\{[^}]*\})\s*from\s*['"](\.[^'"]+)['"]/g
			)) {
				visitRelative(file, match[1]!);
			}
		};
		for (const entry of browserEntries) visit(entry.file);
		expect(seen.size).toBeGreaterThan(20);
		expect([...seen].some((f) => f.endsWith('schema.ts'))).toBe(false);
	});

	it('mark only the build-time modules as Node-only: the loader and the two layouts', () => {
		expect(entries.filter((e) => e.nodeOnly).map((e) => e.specifier)).toEqual([
			'@newsroom/scrolly/story/loader',
			'@newsroom/scrolly/visuals/draft-path/prepare',
			'@newsroom/scrolly/visuals/network/layout'
		]);
	});
});

describe('exported components', () => {
	const components = publicComponents(entries);

	it('are the ones designers expect', () => {
		const names = components.map((c) => c.name);
		for (const name of ['Scrolly', 'Step', 'StorySection', 'StoryPage', 'Timeline', 'StatusBadge'])
			expect(names).toContain(name);
	});

	it.each(components.map((c) => [c.name, c.file]))(
		'%s documents every prop with a JSDoc line (%s)',
		(_name, file) => {
			const doc = extractComponentDoc(readFileSync(file, 'utf8'), {
				file,
				readModule: readModule(file)
			});
			const undocumented = doc.props.filter((p) => !p.description).map((p) => p.name);
			expect(undocumented, `props without a /** … */ line in ${file}`).toEqual([]);
			expect(
				doc.props.some((p) => p.type === 'unknown'),
				`untyped props in ${file}`
			).toBe(false);
		}
	);
});
