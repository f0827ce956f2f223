/**
 * What the package makes public, read from its `exports` map and the barrel files behind each
 * entry: which components and functions a designer can import, and from where. The gallery's
 * index lists it, and tests check it (every exported prop documented, every visual exported).
 *
 * Build time and tests only (reads files with node:fs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface PublicComponent {
	name: string;
	/** Source file, relative to the project root: `src/lib/scrolly/Scrolly.svelte`. */
	file: string;
}

export interface PublicEntry {
	/** What a designer writes: `@newsroom/scrolly/visuals/timeline`. */
	specifier: string;
	/** Source of the entry point, relative to the root, or the stylesheet. */
	file: string;
	/** Only in Node (the `node` export condition, no browser build). */
	nodeOnly: boolean;
	components: PublicComponent[];
	/** Functions and constants. */
	values: string[];
	types: string[];
}

/** `./dist/scrolly/index.js` → `src/lib/scrolly/index.ts` (or the `.svelte`/`.css` itself). */
export function sourceOf(target: string, root: string): string {
	const inLib = target.replace(/^\.\/dist\//, 'src/lib/');
	if (!inLib.endsWith('.js')) return inLib;
	for (const candidate of [inLib.replace(/\.js$/, '.ts'), inLib]) {
		if (existsSync(join(root, candidate))) return candidate;
	}
	return inLib.replace(/\.js$/, '.ts');
}

type ExportValue = string | Record<string, string>;

export function readPublicApi(root: string): PublicEntry[] {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		name: string;
		exports: Record<string, ExportValue>;
	};
	const entries: PublicEntry[] = [];
	for (const [subpath, value] of Object.entries(pkg.exports)) {
		if (subpath === './package.json') continue;
		const target =
			typeof value === 'string' ? value : (value.svelte ?? value.default ?? value.node);
		if (!target) throw new Error(`package.json exports["${subpath}"] has no JavaScript target`);
		const file = sourceOf(target, root);
		const entry: PublicEntry = {
			specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
			file,
			nodeOnly: typeof value !== 'string' && !!value.node && !value.default && !value.svelte,
			components: [],
			values: [],
			types: []
		};
		if (file.endsWith('.ts')) collectBarrel(root, file, entry, new Set());
		entries.push(entry);
	}
	return entries;
}

const EXPORT_FROM = /export\s+(type\s+)?(\*|\{([^}]*)\})\s*from\s*['"]([^'"]+)['"]/g;
const EXPORT_DECLARATION =
	/^export\s+(?:async\s+)?(function|const|let|class|interface|type)\s+([A-Za-z_$][\w$]*)/gm;

function collectBarrel(root: string, file: string, entry: PublicEntry, seen: Set<string>): void {
	if (seen.has(file)) return;
	seen.add(file);
	const source = readFileSync(join(root, file), 'utf8');
	const resolveFrom = (specifier: string) => {
		const base = join(dirname(file), specifier).split('\\').join('/');
		for (const candidate of [
			base,
			`${base}.ts`,
			base.replace(/\.js$/, '.ts'),
			`${base}/index.ts`
		]) {
			if (candidate.match(/\.(ts|svelte)$/) && existsSync(join(root, candidate)))
				return relative(root, join(root, candidate)).split('\\').join('/');
		}
		return base;
	};
	for (const match of source.matchAll(EXPORT_FROM)) {
		const [, typeOnly, star, list, specifier] = match as unknown as [
			string,
			string | undefined,
			string,
			string | undefined,
			string
		];
		const from = resolveFrom(specifier);
		if (star === '*') {
			collectBarrel(root, from, entry, seen);
			continue;
		}
		for (const raw of list!.split(',')) {
			const item = raw.trim();
			if (!item) continue;
			const isType = !!typeOnly || item.startsWith('type ');
			const [original, alias] = item.replace(/^type\s+/, '').split(/\s+as\s+/);
			const exported = (alias ?? original)!.trim();
			if (original === 'default' && from.endsWith('.svelte')) {
				entry.components.push({ name: exported, file: from });
			} else if (isType) entry.types.push(exported);
			else entry.values.push(exported);
		}
	}
	for (const match of source.matchAll(EXPORT_DECLARATION)) {
		const [, kind, exported] = match as unknown as [string, string, string];
		if (kind === 'interface' || kind === 'type') entry.types.push(exported);
		else entry.values.push(exported);
	}
}

/** Every component the package exports, once, with the first entry that exports it. */
export function publicComponents(entries: PublicEntry[]): (PublicComponent & { from: string })[] {
	const seen = new Map<string, PublicComponent & { from: string }>();
	for (const entry of entries) {
		for (const component of entry.components) {
			if (!seen.has(component.file))
				seen.set(component.file, { ...component, from: entry.specifier });
		}
	}
	return [...seen.values()];
}
