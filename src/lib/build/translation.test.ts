/**
 * A story's translation (translations/<locale>/) against bad input: each problem is one line
 * naming the file, the line and the key, what is wrong and the fix. Each case patches a copy
 * of the flagship and its Ukrainian edition in a temporary folder.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatches, type Patch } from '../../../tests/unit/patchStory';
import { loadStories, StoryValidationError } from './loader.js';
import { formatProblem } from '../model/problems.js';

const root = mkdtempSync(join(tmpdir(), 'translation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const STRINGS = 'translations/uk/strings.yaml';
const SVX = 'translations/uk/story.svx';

/** The problems of the flagship with its translation patched, as printed. */
function problems(name: string, patches: Patch[]): string[] {
	const dir = join(root, name, 'stories', 'american-plan');
	cpSync('stories/american-plan', dir, { recursive: true });
	applyPatches(dir, patches);
	try {
		loadStories(['stories'], join(root, name));
		return [];
	} catch (error) {
		if (!(error instanceof StoryValidationError)) throw error;
		return error.problems.map(formatProblem);
	}
}

describe('a translation', () => {
	it('loads as an edition of its own, with the English facts', () => {
		const stories = loadStories(['stories']);
		const uk = stories.find((s) => s.slug === 'uk/american-plan')!;
		const en = stories.find((s) => s.slug === 'american-plan')!;
		expect(uk.meta.locale).toBe('uk');
		expect(uk.meta.published).toBe(en.meta.published);
		expect(uk.entities.find((e) => e.id === 'ushakov')!.name).toBe('Юрій Ушаков');
		expect(uk.links.map((l) => [l.id, l.status, l.sources])).toEqual(
			en.links.map((l) => [l.id, l.status, l.sources])
		);
	});

	const A = 'stories/american-plan/translations/uk/strings.yaml';
	it.each<[string, Patch[], string[]]>([
		[
			'a missing translation',
			[
				[
					STRINGS,
					'    summary: Сказав, що заклики звільнити Віткоффа',
					'    summery: Сказав, що заклики звільнити Віткоффа'
				]
			],
			[
				`${A}:320: reactions.peskov.summery: names nothing to translate here (did you mean "summary"?); remove it or correct the key`,
				`${A}:317: reactions.peskov.summary: missing; translate the English "Said calls to fire Witkoff were aimed..."`
			]
		],
		[
			'a key that names no record',
			[[STRINGS, '  kushner-trump:\n', '  kushner-trum:\n']],
			[
				`${A}:116: links.kushner-trum: names nothing to translate here (did you mean "kushner-trump"?); remove it or correct the key`,
				`${A}:90: links.kushner-trump.label: missing; translate the English "son-in-law of"`
			]
		],
		[
			'a fact in the strings (only text may be translated)',
			[[STRINGS, '    label: у шлюбі\n', '    label: у шлюбі\n    status: claimed\n']],
			[
				`${A}:145: links.dmitriev-popova.status: names nothing to translate here; remove it or correct the key`
			]
		],
		[
			'a highlight that is not the translated line’s words',
			[[STRINGS, '          phrase: він людина миру', '          phrase: людина війни']],
			[
				`${A}: sections[1].steps[2].highlight.phrase: "людина війни" does not occur in line "congratulate"; a highlight must copy the words exactly`
			]
		],
		[
			'a locale that is not the folder’s',
			[[SVX, 'locale: uk', 'locale: en']],
			[
				'stories/american-plan/translations/uk/story.svx:2: frontmatter.locale: is the language of the original; a translation names its own locale, e.g. uk'
			]
		]
	])('%s stops the build with one line naming the file and the key', (_, patches, expected) => {
		expect(problems(_.replace(/\W+/g, '-'), patches)).toEqual(expected);
	});
});
