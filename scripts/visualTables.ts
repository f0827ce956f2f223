/**
 * The two tables of visuals that follow from the catalog (src/lib/visuals/catalog.ts, the one
 * list of the visuals' folders): the components the server draws with (registry.ts) and what
 * the build checks each section with (buildCatalog.ts). Each must import every folder
 * statically, for a different reader: the server's render, and Node alone (zod stays out of
 * pages). So they are written from the catalog's kinds, not by hand: `npm run visuals` writes
 * them, and tests/unit/visual-tables.test.ts fails when they differ from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

/** A kind's name as a JavaScript identifier: `draft-path` → `draftPath`. */
export const identifierOf = (kind: string) =>
	kind.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** The name its components start with: `draft-path` → `DraftPath` (DraftPathSection.svelte). */
export const componentNameOf = (kind: string) =>
	identifierOf(kind).replace(/^./, (letter) => letter.toUpperCase());

/** The key of a kind in an object literal. */
const keyOf = (kind: string) => (identifierOf(kind) === kind ? kind : `'${kind}'`);

interface Table {
	/** What the table is, for its doc comment. */
	about: string[];
	/** The imports before the folders'. */
	head: string[];
	/** A folder's imports, and its entry (after its key). */
	imports(kind: string): string[];
	entry(kind: string): string;
	/** The table's declaration, before its entries. */
	declaration: string;
}

const TABLES: Record<'registry.ts' | 'buildCatalog.ts', Table> = {
	'registry.ts': {
		about: [
			'Which components draw each kind of section, imported statically: for the server, and for',
			"apps that hydrate a whole story. StorySection looks a section's `visual` up here. Islands",
			'and single-visual pages load the same from the catalog instead (catalog.ts), so that a',
			'reader downloads only what a page shows; registry.test.ts keeps the two equal.',
			"The components are imported here, not through each folder's sectionVisual.ts: imported",
			'statically, that module would be bundled with the rest, and SvelteKit would no longer',
			'link its stylesheets in the embeds that load it lazily (the html-valid e2e test checks).'
		],
		head: [
			"import type { VisualKind } from '../model/schema';",
			"import { sectionVisualOf, type SectionVisual } from './types';"
		],
		imports: (kind) => [
			`import * as ${identifierOf(kind)} from './${kind}/meta';`,
			`import ${componentNameOf(kind)}Section from './${kind}/${componentNameOf(kind)}Section.svelte';`,
			`import ${componentNameOf(kind)}Text from './${kind}/${componentNameOf(kind)}Text.svelte';`
		],
		entry: (kind) =>
			`sectionVisualOf(${identifierOf(kind)}, ${componentNameOf(kind)}Section, ${componentNameOf(kind)}Text)`,
		declaration: 'export const sectionVisuals: { [V in VisualKind]: SectionVisual<V> } ='
	},
	'buildCatalog.ts': {
		about: [
			"The build's half of the catalog (Node only: the loader and the site's build import it,",
			"never a page): each visual's schema and reference checks, from its folder's build.ts."
		],
		head: [
			"import type { VisualKind } from '../model/schema.js';",
			"import type { VisualBuild } from './buildTypes.js';"
		],
		imports: (kind) => [`import { build as ${identifierOf(kind)} } from './${kind}/build.js';`],
		entry: identifierOf,
		declaration: 'export const buildCatalog: { [V in VisualKind]: VisualBuild<V> } ='
	}
};

/** Each table's source, for these kinds (the catalog's, in its order). */
export async function visualTables(kinds: readonly string[]): Promise<Record<string, string>> {
	const config = (await resolveConfig(join(process.cwd(), 'src/lib/visuals/catalog.ts'))) ?? {};
	const out: Record<string, string> = {};
	for (const [file, table] of Object.entries(TABLES)) {
		const entry = (kind: string) =>
			table.entry(kind) === kind ? `${kind},` : `${keyOf(kind)}: ${table.entry(kind)},`;
		const source = [
			'// Written by `npm run visuals` (scripts/visualTables.ts) from the kinds listed in catalog.ts.',
			'// Do not edit: add a visual to catalog.ts, then run it.',
			'/**',
			...table.about.map((line) => ` * ${line}`),
			' */',
			...table.head,
			...kinds.flatMap(table.imports),
			'',
			`${table.declaration} {`,
			...kinds.map(entry),
			'};',
			''
		].join('\n');
		out[file] = await format(source, { ...config, parser: 'typescript' });
	}
	return out;
}

/** Writes into `dir` the tables that differ from what `visualTables` writes; returns their
 * file names. */
export async function writeVisualTables(dir: string, kinds: readonly string[]) {
	const tables = await visualTables(kinds);
	const current = (file: string) => {
		try {
			return readFileSync(join(dir, file), 'utf8');
		} catch {
			return undefined;
		}
	};
	const stale = Object.keys(tables).filter((file) => current(file) !== tables[file]);
	for (const file of stale) writeFileSync(join(dir, file), tables[file]!);
	return stale;
}
