/**
 * A story's edition in another language: `stories/<slug>/translations/<locale>/`, holding only
 * text. Its story.svx is the translated prose (same sections, steps and claims); its frontmatter
 * holds the translated title, dek, summary, share text and kicker and the `locale`. Its
 * strings.yaml holds the translation of every text field of the data, keyed by collection and
 * id (`events: { plan-reported: { title: … } }`). Statuses, sources, dates, people and links are
 * the English story's: nothing that could drift is copied.
 *
 * A text field of the data with no translation stops the build, with one line naming the file
 * and the key; so does a key that names nothing in the data.
 *
 * Node only, like the loader.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import { isLocale, LOCALES } from '../i18n/locales.js';
import { linkTypeText } from '../model/linkTypes.js';
import { describeValue, type DataPath, type StoryProblem } from '../model/problems.js';
import { checkReferences, RECORD_LISTS, type DataFileOf } from './references.js';
import type { Story, TranslatedLine, TranslatedReaction } from '../model/schema.js';
import { didYouMean } from './suggest.js';
import { readSvxOutline } from './svxOutline.js';
import { validate } from './validateFile.js';
import { parseYamlFile, type YamlFile } from './yamlFile.js';

/** The text fields of the data: every other field (ids, statuses, sources, dates) is a fact. */
const TEXT_KEYS = new Set([
	'name',
	'short',
	'role',
	'bio',
	'text',
	'label',
	'note',
	'title',
	'dateLabel',
	'duration',
	'quote',
	'summary',
	'where',
	'claimant',
	'by',
	'caption',
	'phrase',
	'description'
]);

/** Collections whose words are translated; sources are cited as published, in their language. */
const COLLECTIONS = RECORD_LISTS;

const TranslationFrontmatter = z.strictObject({
	locale: z.enum(LOCALES).refine((locale) => locale !== 'en', {
		message: 'is the language of the original; a translation names its own locale, e.g. uk'
	}),
	title: z.string().trim().min(1),
	dek: z.string().trim().min(1),
	summary: z.string().trim().min(1),
	shareAlt: z.string().trim().min(1),
	kicker: z.string().trim().min(1).optional(),
	byline: z.string().trim().min(1).optional()
});

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The English data with each text field replaced by its translation from `strings`. Lists of
 * items with ids (lines, steps) are keyed by id in the strings; other lists (facts) by
 * position. Reports each missing translation and each key that names nothing.
 */
export function translateData(
	english: unknown,
	strings: unknown,
	at: DataPath,
	report: (path: DataPath, message: string) => void
): unknown {
	if (Array.isArray(english)) {
		const keyed = english.every((item) => isTree(item) && typeof item.id === 'string');
		const given = keyed ? (isTree(strings) ? strings : {}) : Array.isArray(strings) ? strings : [];
		if (keyed)
			unknownKeys(
				given as Tree,
				english.map((item) => (item as Tree).id as string),
				at,
				report
			);
		return english.map((item, i) => {
			const key = keyed ? ((item as Tree).id as string) : i;
			return translateData(item, (given as Tree)[key], [...at, key], report);
		});
	}
	if (!isTree(english)) return english;
	const given = isTree(strings) ? strings : {};
	const textual = Object.keys(english).filter((key) => hasText(key, english[key]));
	unknownKeys(given, textual, at, report);
	return Object.fromEntries(
		Object.entries(english).map(([key, value]) => {
			if (!textual.includes(key)) return [key, value];
			if (typeof value !== 'string')
				return [key, translateData(value, given[key], [...at, key], report)];
			const translated = given[key];
			if (typeof translated === 'string' && translated.trim()) return [key, translated.trim()];
			report(
				[...at, key],
				translated === undefined
					? `missing; translate the English ${describeValue(value)}`
					: `found ${describeValue(translated)}; expected the translation of ${describeValue(value)}`
			);
			return [key, value];
		})
	);
}

/** True if a field of the data holds words to translate (itself, or inside it). */
function hasText(key: string, value: unknown): boolean {
	if (typeof value === 'string') return TEXT_KEYS.has(key);
	if (Array.isArray(value))
		return value.some((item) => hasText(key, item) || (isTree(item) && hasText('', item)));
	if (isTree(value)) return Object.entries(value).some(([k, v]) => hasText(k, v));
	return false;
}

function unknownKeys(
	given: Tree,
	known: string[],
	at: DataPath,
	report: (path: DataPath, message: string) => void
) {
	for (const key of Object.keys(given))
		if (!known.includes(key))
			report(
				[...at, key],
				`names nothing to translate here${didYouMean(key, known)}; remove it or correct the key`
			);
}

/**
 * Loads `translations/<locale>/` of a validated English story. Returns the translated story,
 * or the problems (file:line: key: message) that stop the build.
 */
export function inspectTranslation(
	english: Story,
	dir: string,
	root = process.cwd()
): { story?: Story; problems: StoryProblem[] } {
	const rel = (path: string) => relative(root, path).split('\\').join('/');
	const problems: StoryProblem[] = [];
	const svxPath = join(dir, 'story.svx');
	const svxFile = rel(svxPath);
	const stringsFile = rel(join(dir, 'strings.yaml'));
	if (!existsSync(svxPath) || !existsSync(join(dir, 'strings.yaml'))) {
		const missing = existsSync(svxPath) ? stringsFile : svxFile;
		return {
			problems: [
				{
					file: missing,
					path: [],
					message:
						'is missing; a translation folder holds a story.svx (the prose) and a strings.yaml (the words of the data)'
				}
			]
		};
	}

	// --- story.svx: the translated frontmatter and prose, checked like the original's ---------
	const { outline, problems: outlineProblems } = readSvxOutline(
		svxFile,
		readFileSync(svxPath, 'utf8')
	);
	problems.push(...outlineProblems);
	let meta: z.output<typeof TranslationFrontmatter> | undefined;
	if (outline.frontmatter === undefined) {
		problems.push({
			file: svxFile,
			path: [],
			line: 1,
			message:
				'has no frontmatter; start it with a --- block holding locale, title, dek, summary and shareAlt'
		});
	} else {
		const { yaml, problems: yamlProblems } = parseYamlFile(svxFile, outline.frontmatter);
		const offset = outline.frontmatterLine - 1;
		const shifted: YamlFile = { ...yaml, lineOf: (path) => (yaml.lineOf(path) ?? 0) + offset };
		problems.push(...yamlProblems);
		if (!yamlProblems.length) {
			const result = validate(TranslationFrontmatter, shifted);
			problems.push(...result.problems.map((p) => ({ ...p, path: ['frontmatter', ...p.path] })));
			meta = result.value;
			if (meta && meta.locale !== basename(dir))
				problems.push({
					file: svxFile,
					path: ['frontmatter', 'locale'],
					line: shifted.lineOf(['locale']),
					message: `"${meta.locale}" is not the folder's name; the edition in ${meta.locale} lives in translations/${meta.locale}/`
				});
		}
	}

	// --- strings.yaml: the words of the data ---------------------------------------------------
	const { yaml, problems: yamlProblems } = parseYamlFile(
		stringsFile,
		readFileSync(join(dir, 'strings.yaml'), 'utf8')
	);
	problems.push(...yamlProblems);
	if (yamlProblems.length) return { problems };
	const strings = isTree(yaml.value) ? yaml.value : {};
	const report = (path: DataPath, message: string) =>
		problems.push({ file: stringsFile, path, message, line: yaml.lineOf(path) });
	unknownKeys(strings, [...COLLECTIONS], [], report);
	// A link without a label reads as its type's English words ("met"): a translation gives
	// every link its words.
	const source = {
		...english,
		links: english.links.map((link) => ({ label: linkTypeText(link.type), ...link }))
	};
	const data = { ...english } as unknown as Tree;
	for (const key of COLLECTIONS)
		data[key] = translateData(source[key], strings[key], [key], report);
	const translated = data as unknown as Story;
	keepOriginals(english, translated);

	// The prose refers to the same facts; highlighted words must be the translation's words.
	const files = Object.fromEntries(
		Object.keys(english).map((key) => [key, stringsFile])
	) as DataFileOf;
	problems.push(...checkReferences(translated, files, outline, svxFile));
	const locale = meta?.locale;
	if (problems.length || !meta || !locale || !isLocale(locale)) return { problems };
	return {
		story: { ...translated, slug: `${locale}/${english.slug}`, meta: { ...english.meta, ...meta } },
		problems: []
	};
}

/** Words quoted in English (verbatim call lines, reactions' quotes) keep their original. */
function keepOriginals(english: Story, translated: Story) {
	translated.calls.forEach((call, c) =>
		call.lines.forEach((line: TranslatedLine, l) => {
			const original = english.calls[c]!.lines[l]!;
			if (original.kind === 'verbatim') line.original = original.text;
		})
	);
	translated.reactions.forEach((reaction: TranslatedReaction, r) => {
		const quote = english.reactions[r]!.quote;
		if (quote) reaction.original = quote;
	});
}

/** The translation folders of a story folder: `translations/<locale>/`. */
export function translationFolders(storyDir: string): string[] {
	const dir = join(storyDir, 'translations');
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
	return readdirSync(dir)
		.sort()
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isDirectory());
}
