/**
 * The tables that follow from the catalog (scripts/visualTables.ts) are as `npm run visuals`
 * writes them: a visual added to catalog.ts but not to them fails here, by name, before the
 * type check's "Property … is missing" sends a newcomer to edit a generated file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VISUALS } from '../../src/lib/visuals/catalog';
import { componentNameOf, identifierOf, visualTables } from '../../scripts/visualTables';

describe('the tables of visuals written from the catalog', () => {
	it.each([
		['timeline', 'timeline'],
		['draft-path', 'draftPath'],
		['a-b-2', 'aB2']
	])('names %s %s', (kind, identifier) => {
		expect(identifierOf(kind)).toBe(identifier);
	});

	it.each([
		['timeline', 'Timeline'],
		['draft-path', 'DraftPath']
	])("finds %s's components by the name %s", (kind, name) => {
		expect(componentNameOf(kind)).toBe(name);
	});

	it('import every folder the catalog lists, each by its own module', async () => {
		const tables = await visualTables(['timeline', 'draft-path']);
		expect(tables['registry.ts']).toContain(
			"import DraftPathSection from './draft-path/DraftPathSection.svelte';"
		);
		expect(tables['buildCatalog.ts']).toContain(
			"import { build as timeline } from './timeline/build.js';"
		);
		expect(tables['buildCatalog.ts']).toMatch(
			/= \{\n\ttimeline,\n\t'draft-path': draftPath\n\};\n$/
		);
		expect(tables['registry.ts']).toContain(
			"'draft-path': sectionVisualOf(draftPath, DraftPathSection, DraftPathText)"
		);
	});

	it('are up to date with catalog.ts (else: npm run visuals)', async () => {
		const tables = await visualTables(VISUALS);
		for (const [file, source] of Object.entries(tables)) {
			expect(
				readFileSync(`src/lib/visuals/${file}`, 'utf8'),
				`src/lib/visuals/${file} is not what \`npm run visuals\` writes for ${VISUALS.join(', ')}: run it`
			).toBe(source);
		}
	});
});
