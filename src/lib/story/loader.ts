/**
 * Loads a story folder (`story.svx` + `data/*.yaml`), validates it against the schema, resolves
 * every reference and returns a typed `Story`. On any problem it throws a StoryValidationError
 * listing all of them, so the build stops before anything is written.
 *
 * Node only: the site calls it at build time (through the Vite plugin), never in the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { StoryValidationError, type StoryProblem } from './problems.js';
import { checkReferences, type DataFileOf, type StoryData } from './references.js';
import { DataFiles, Frontmatter, ID_PATTERN, type DataFileName, type Story } from './schema.js';
import { didYouMean } from './suggest.js';
import { readSvxOutline } from './svxOutline.js';
import { parseYamlFile, type YamlFile } from './yamlFile.js';
import { describeIssue, fieldNames } from './zodProblems.js';

export { StoryValidationError, formatProblem, type StoryProblem } from './problems.js';

const DATA_FILE_NAMES = Object.keys(DataFiles) as DataFileName[];

/** Top-level routes of the site that a story slug must not shadow. */
export const RESERVED_SLUGS = ['components', 'embed'];

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

/** Validates one parsed YAML value against a schema; problems carry file, path and line. */
function validate<S extends z.ZodType>(
	schema: S,
	yaml: YamlFile
): { value?: z.output<S>; problems: StoryProblem[] } {
	const result = schema.safeParse(yaml.value ?? {}, { reportInput: true });
	if (result.success) return { value: result.data, problems: [] };
	const known = fieldNames(schema);
	const problems = result.error.issues.map((issue) => {
		const { path, message } = describeIssue(issue, yaml.value, known);
		return { file: yaml.file, path, message, line: yaml.lineOf(path) };
	});
	return { problems };
}

/** Loads and validates one story folder. Throws StoryValidationError with every problem found. */
export function loadStory(dir: string, root = process.cwd()): Story {
	const { story, problems } = inspectStory(dir, root);
	if (!story || problems.length) throw new StoryValidationError(problems);
	return story;
}

/** Like loadStory, but returns the problems instead of throwing (used by tests and tooling). */
export function inspectStory(
	dir: string,
	root = process.cwd()
): { story?: Story; problems: StoryProblem[] } {
	const rel = (path: string) => relative(root, path).split('\\').join('/') || '.';
	const slug = basename(dir);
	const svxPath = join(dir, 'story.svx');
	const svxFile = rel(svxPath);
	const problems: StoryProblem[] = [];

	if (!ID_PATTERN.test(slug)) {
		problems.push({
			file: rel(dir),
			path: [],
			message: `folder name "${slug}" is not a valid story slug; use lowercase letters, digits and single hyphens, e.g. "american-plan"`
		});
	}
	if (RESERVED_SLUGS.includes(slug)) {
		problems.push({
			file: rel(dir),
			path: [],
			message: `folder name "${slug}" is reserved for the site's own pages (${RESERVED_SLUGS.join(', ')}); choose another slug`
		});
	}
	if (!existsSync(svxPath)) {
		problems.push({
			file: svxFile,
			path: [],
			message: 'is missing; every story folder needs a story.svx'
		});
		return { problems };
	}

	// --- story.svx: frontmatter and outline --------------------------------------------------
	const svxText = readFileSync(svxPath, 'utf8');
	const { outline, problems: outlineProblems } = readSvxOutline(svxFile, svxText);
	problems.push(...outlineProblems);
	let meta: Story['meta'] | undefined;
	if (outline.frontmatter === undefined) {
		problems.push({
			file: svxFile,
			path: [],
			line: 1,
			message:
				'has no frontmatter; start the file with a --- block holding title, dek, byline, published, updated, summary and shareAlt'
		});
	} else {
		const { yaml, problems: yamlProblems } = parseYamlFile(svxFile, outline.frontmatter);
		const offset = outline.frontmatterLine - 1;
		const shiftedYaml: YamlFile = { ...yaml, lineOf: (path) => add(yaml.lineOf(path), offset) };
		problems.push(...yamlProblems.map((p) => ({ ...p, line: add(p.line, offset) })));
		if (!yamlProblems.length) {
			const result = validate(Frontmatter, shiftedYaml);
			problems.push(...result.problems.map((p) => ({ ...p, path: ['frontmatter', ...p.path] })));
			meta = result.value;
		}
	}
	if (!outline.hasBody) {
		problems.push({
			file: svxFile,
			path: [],
			message:
				'the story is empty; write its text below the frontmatter, with at least one <StorySection> of <Step>s'
		});
	} else if (!outline.sections.length && !outline.looseSteps.length) {
		problems.push({
			file: svxFile,
			path: [],
			message: 'has no scrolly steps; add a <StorySection id="..."> with <Step id="..."> inside'
		});
	}

	// --- data/*.yaml -------------------------------------------------------------------------
	const dataDir = join(dir, 'data');
	const parsed: Partial<Record<DataFileName, unknown>> = {};
	const entries =
		existsSync(dataDir) && statSync(dataDir).isDirectory() ? readdirSync(dataDir).sort() : [];
	for (const name of entries) {
		const file = rel(join(dataDir, name));
		if (!/\.ya?ml$/.test(name)) continue;
		if (!DATA_FILE_NAMES.includes(name as DataFileName)) {
			const hint = didYouMean(name.replace(/\.yml$/, '.yaml'), DATA_FILE_NAMES);
			problems.push({
				file,
				path: [],
				message: `is not a known data file; expected one of: ${DATA_FILE_NAMES.join(', ')}${hint}`
			});
			continue;
		}
		const { yaml, problems: yamlProblems } = parseYamlFile(
			file,
			readFileSync(join(dataDir, name), 'utf8')
		);
		problems.push(...yamlProblems);
		if (yamlProblems.length) continue;
		const result = validate(DataFiles[name as DataFileName], yaml);
		problems.push(...result.problems);
		parsed[name as DataFileName] = result.value;
	}
	if (!entries.includes('sources.yaml')) {
		problems.push({
			file: rel(join(dataDir, 'sources.yaml')),
			path: [],
			message: 'is missing; every story lists the sources it cites in data/sources.yaml'
		});
	}

	// Reference checks only make sense once every file has the right shape.
	if (problems.length || !meta) return { problems };

	const get = <K extends DataFileName>(name: K) =>
		parsed[name] as z.output<(typeof DataFiles)[K]> | undefined;
	const stages = get('stages.yaml');
	const data: StoryData = {
		sources: get('sources.yaml')?.sources ?? [],
		entities: get('entities.yaml')?.entities ?? [],
		links: get('links.yaml')?.links ?? [],
		events: get('events.yaml')?.events ?? [],
		calls: get('calls.yaml')?.calls ?? [],
		reactions: get('reactions.yaml')?.reactions ?? [],
		lanes: stages?.lanes ?? [],
		stages: stages?.stages ?? [],
		flows: stages?.flows ?? [],
		sections: get('sections.yaml')?.sections ?? []
	};
	const files = Object.fromEntries(
		Object.entries(COLLECTION_FILE).map(([key, name]) => [key, rel(join(dataDir, name))])
	) as DataFileOf;
	const referenceProblems = checkReferences(data, files, outline, svxFile).map((p) => ({
		...p,
		line: p.line ?? lineFinder(dataDir, files, p.file)(p.path)
	}));
	if (referenceProblems.length) return { problems: referenceProblems };
	return { story: { slug, meta, ...data }, problems: [] };
}

/** Loads every story folder under the given directories. Problems of all stories are reported
 * together; a slug used twice is a problem too. */
export function loadStories(dirs: string[], root = process.cwd()): Story[] {
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
		const result = inspectStory(folder, root);
		problems.push(...result.problems);
		if (result.story) stories.push(result.story);
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

/** Re-reads a data file to find the line of a path (only on the error path, so cost is fine). */
function lineFinder(dataDir: string, files: DataFileOf, file: string) {
	const name = Object.values(files).includes(file) ? basename(file) : undefined;
	if (!name || !existsSync(join(dataDir, name))) return () => undefined;
	const { yaml } = parseYamlFile(file, readFileSync(join(dataDir, name), 'utf8'));
	return yaml.lineOf;
}
