/**
 * Loads a story folder (`story.svx` + `data/*.yaml`), validates it against the schema, resolves
 * every reference and returns a typed `Story`. On any problem it throws a StoryValidationError
 * listing all of them, so the build stops before anything is written.
 *
 * Node only: the site calls it at build time (through the Vite plugin), never in the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { DEFAULT_LIMITS, sizeProblem, type StoryLimits } from './limits.js';
import { StoryValidationError, type DataPath, type StoryProblem } from '../model/problems.js';
import { checkReferences, type DataFileOf, type StoryData, type Unchecked } from './references.js';
import {
	Frontmatter,
	ID_PATTERN,
	MAX_ID_LENGTH,
	type DataFileName,
	type Story
} from '../model/schema.js';
import { DataFiles } from '../visuals/schema.js';
import { didYouMean } from './suggest.js';
import { readSvxOutline } from './svxOutline.js';
import { inspectTranslation, translationFolders } from './translation.js';
import { validate, validateDataFile } from './validateFile.js';
import { parseYamlFile, type YamlFile } from './yamlFile.js';

export { DEFAULT_LIMITS, type StoryLimits } from './limits.js';
export { StoryValidationError, formatProblem, type StoryProblem } from '../model/problems.js';

const DATA_FILE_NAMES = Object.keys(DataFiles) as DataFileName[];

/** Top-level routes of the site that a story slug must not shadow. */
export const RESERVED_SLUGS = ['components', 'embed'];

/** Names Windows keeps for devices: a folder cannot have them there. */
export const WINDOWS_DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Which data file each collection of the story lives in. */
const COLLECTION_FILE: Record<keyof StoryData, DataFileName> = {
	sources: 'sources.yaml',
	entities: 'entities.yaml',
	links: 'links.yaml',
	events: 'events.yaml',
	calls: 'calls.yaml',
	reactions: 'reactions.yaml',
	lanes: 'stages.yaml',
	stages: 'stages.yaml',
	flows: 'stages.yaml',
	sections: 'sections.yaml'
};

export interface LoadOptions {
	/** Size limits (DEFAULT_LIMITS where not given). */
	limits?: Partial<StoryLimits>;
}

export interface Inspection {
	story?: Story;
	/** Everything that stops the build, found in one pass. */
	problems: StoryProblem[];
	/** What builds, but not as the author meant (a step's text that Markdown will not read). */
	warnings: StoryProblem[];
}

/** Loads and validates one story folder. Throws StoryValidationError with every problem found. */
export function loadStory(dir: string, root = process.cwd(), options: LoadOptions = {}): Story {
	const { story, problems } = inspectStory(dir, root, options);
	if (!story || problems.length) throw new StoryValidationError(problems);
	return story;
}

/** Like loadStory, but returns the problems instead of throwing (used by tests and tooling). */
export function inspectStory(
	dir: string,
	root = process.cwd(),
	options: LoadOptions = {}
): Inspection {
	const limits = { ...DEFAULT_LIMITS, ...options.limits };
	const rel = (path: string) => relative(root, path).split('\\').join('/') || '.';
	const slug = basename(dir);
	const svxPath = join(dir, 'story.svx');
	const svxFile = rel(svxPath);
	const problems: StoryProblem[] = [];
	const fail = (file: string, message: string, line?: number) =>
		problems.push({ file, path: [], message, ...(line ? { line } : {}) });
	/** A file's text, or undefined (with a problem) when it is over the limit. */
	const read = (path: string, file: string) => {
		const bytes = statSync(path).size;
		if (bytes <= limits.dataFileBytes) return readFileSync(path, 'utf8');
		problems.push(sizeProblem(file, bytes, limits.dataFileBytes, SIZE_ADVICE));
		return undefined;
	};

	if (!ID_PATTERN.test(slug) || slug.length > MAX_ID_LENGTH) {
		fail(
			rel(dir),
			`folder name "${slug.length > 40 ? `${slug.slice(0, 37)}...` : slug}" is not a valid story slug; use at most ${MAX_ID_LENGTH} lowercase letters, digits and single hyphens, e.g. "american-plan"`
		);
	}
	if (RESERVED_SLUGS.includes(slug)) {
		fail(
			rel(dir),
			`folder name "${slug}" is reserved for the site's own pages (${RESERVED_SLUGS.join(', ')}); choose another slug`
		);
	}
	if (WINDOWS_DEVICE_NAMES.test(slug)) {
		fail(
			rel(dir),
			`folder name "${slug}" is a device name on Windows, where the folder cannot be created; choose another slug`
		);
	}
	if (!existsSync(svxPath)) {
		fail(svxFile, 'is missing; every story folder needs a story.svx');
		return { problems, warnings: [] };
	}

	// --- story.svx: frontmatter and outline --------------------------------------------------
	const svxText = read(svxPath, svxFile);
	if (svxText === undefined) return { problems, warnings: [] };
	const { outline, problems: outlineProblems, warnings } = readSvxOutline(svxFile, svxText);
	problems.push(...outlineProblems);
	let meta: Story['meta'] | undefined;
	if (outline.frontmatter === undefined) {
		fail(
			svxFile,
			'has no frontmatter; start the file with a --- block holding title, dek, byline, published, updated, summary and shareAlt',
			1
		);
	} else {
		const offset = outline.frontmatterLine - 1;
		const { yaml, problems: yamlProblems } = parseYamlFile(
			svxFile,
			outline.frontmatter,
			'is empty; write title, dek, byline, published, updated, summary and shareAlt between the --- lines'
		);
		const shiftedYaml: YamlFile = { ...yaml, lineOf: (path) => add(yaml.lineOf(path), offset) };
		problems.push(...yamlProblems.map((p) => ({ ...p, line: add(p.line, offset) })));
		if (!yamlProblems.length) {
			const result = validate(Frontmatter, shiftedYaml);
			problems.push(...result.problems.map((p) => ({ ...p, path: ['frontmatter', ...p.path] })));
			meta = result.value;
		}
	}
	if (!outline.hasBody) {
		fail(
			svxFile,
			'the story is empty; write its text below the frontmatter, with at least one <StorySection> of <Step>s'
		);
	} else if (!outline.sections.length && !outline.looseSteps.length) {
		fail(
			svxFile,
			'has no scrolly steps; add a <StorySection id="..."> with <Step id="..."> inside'
		);
	}

	// --- data/*.yaml -------------------------------------------------------------------------
	const dataDir = join(dir, 'data');
	const items: Record<string, unknown[]> = {};
	const unchecked = { ids: {} as Unchecked['ids'], unreadable: new Set<keyof StoryData>() };
	const entries =
		existsSync(dataDir) && statSync(dataDir).isDirectory() ? readdirSync(dataDir).sort() : [];
	for (const name of entries) {
		const file = rel(join(dataDir, name));
		if (!/\.ya?ml$/.test(name)) continue;
		if (!DATA_FILE_NAMES.includes(name as DataFileName)) {
			const hint = didYouMean(name.replace(/\.yml$/, '.yaml'), DATA_FILE_NAMES);
			fail(file, `is not a known data file; expected one of: ${DATA_FILE_NAMES.join(', ')}${hint}`);
			continue;
		}
		const schema = DataFiles[name as DataFileName];
		const keys = Object.keys(schema.shape) as (keyof StoryData)[];
		const text = read(join(dataDir, name), file);
		const { yaml, problems: yamlProblems } =
			text === undefined
				? { yaml: undefined, problems: [] }
				: parseYamlFile(file, text, emptyFileMessage(name as DataFileName, keys));
		problems.push(...yamlProblems);
		if (!yaml || yamlProblems.length) {
			for (const key of keys) unchecked.unreadable.add(key);
			continue;
		}
		const result = validateDataFile(schema, yaml);
		problems.push(...result.problems);
		Object.assign(items, result.items);
		for (const key of result.unreadable) unchecked.unreadable.add(key as keyof StoryData);
		for (const [key, ids] of Object.entries(result.failedIds))
			unchecked.ids[key as keyof StoryData] = ids;
	}
	if (!entries.includes('sources.yaml')) {
		fail(
			rel(join(dataDir, 'sources.yaml')),
			'is missing; every story lists the sources it cites in data/sources.yaml'
		);
	}

	// --- references: in the same pass, among whatever passed the schema ----------------------
	const data = Object.fromEntries(
		Object.keys(COLLECTION_FILE).map((key) => [key, items[key] ?? []])
	) as unknown as StoryData;
	const files = Object.fromEntries(
		Object.entries(COLLECTION_FILE).map(([key, name]) => [key, rel(join(dataDir, name))])
	) as DataFileOf;
	const findLine = lineFinder(dataDir, files);
	problems.push(
		...checkReferences(data, files, outline, svxFile, unchecked).map((p) => ({
			...p,
			line: p.line ?? findLine(p.file, p.path)
		}))
	);
	if (problems.length || !meta) return { problems, warnings };
	return { story: { slug, meta, ...data }, problems: [], warnings };
}

const SIZE_ADVICE =
	'a story this large makes pages no phone can load; split or trim the file, or raise dataFileBytes in the limits of scrollyStories() in vite.config.ts';

function emptyFileMessage(name: DataFileName, keys: string[]): string {
	const lists = keys.map((key) => `"${key}:"`).join(', ');
	return name === 'sources.yaml'
		? 'is empty; list the sources the story cites under "sources:" (see docs/authoring.md)'
		: `is empty; write its ${lists} ${keys.length > 1 ? 'lists' : 'list'} in it, or delete the file`;
}

/** Loads every story folder under the given directories. Problems of all stories are reported
 * together; a slug used twice is a problem too. */
export function loadStories(
	dirs: string[],
	root = process.cwd(),
	options: LoadOptions & { onWarning?(warning: StoryProblem): void } = {}
): Story[] {
	const problems: StoryProblem[] = [];
	const stories: Story[] = [];
	const seen = new Map<string, string>();
	for (const folder of storyFolders(dirs, root)) {
		const slug = basename(folder);
		const other = seen.get(slug);
		if (other) {
			problems.push({
				file: relative(root, folder),
				path: [],
				message: `slug "${slug}" is already used by ${relative(root, other)}; rename one of the folders`
			});
			continue;
		}
		seen.set(slug, folder);
		const result = inspectStory(folder, root, options);
		problems.push(...result.problems);
		result.warnings.forEach((warning) => options.onWarning?.(warning));
		if (!result.story) continue;
		const editions = [result.story];
		for (const dir of translationFolders(folder)) {
			const translation = inspectTranslation(result.story, dir, root);
			problems.push(...translation.problems);
			if (translation.story) editions.push(translation.story);
		}
		// Each edition names every edition, itself included (the pages' hreflang links).
		const links = editions.map(({ slug, meta }) => ({ locale: meta.locale, slug }));
		stories.push(...editions.map((story) => ({ ...story, editions: links })));
	}
	if (problems.length) throw new StoryValidationError(problems);
	return stories.sort((a, b) => b.meta.published.localeCompare(a.meta.published));
}

/** Every folder with a story.svx directly under one of `dirs`, in a stable order. */
export function storyFolders(dirs: string[], root = process.cwd()): string[] {
	return dirs.flatMap((dir) => {
		const abs = resolve(root, dir);
		if (!existsSync(abs)) return [];
		return readdirSync(abs)
			.sort()
			.map((name) => join(abs, name))
			.filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'story.svx')));
	});
}

function add(line: number | undefined, offset: number): number | undefined {
	return line === undefined ? undefined : line + offset;
}

/** Finds the line of a path in a data file, reading each file again only if needed (only on
 * the error path, so the cost is fine). */
function lineFinder(dataDir: string, files: DataFileOf) {
	const lineOf = new Map<string, YamlFile['lineOf']>();
	return (file: string, path: DataPath): number | undefined => {
		const name = Object.values(files).includes(file) ? basename(file) : undefined;
		if (!name || !existsSync(join(dataDir, name))) return undefined;
		if (!lineOf.has(file)) {
			lineOf.set(file, parseYamlFile(file, readFileSync(join(dataDir, name), 'utf8')).yaml.lineOf);
		}
		return lineOf.get(file)!(path);
	};
}
