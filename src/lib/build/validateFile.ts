/**
 * Validates one parsed file against its schema, with every problem's file, path and line.
 *
 * A data file that fails is also read item by item, so that the items that pass still take part
 * in the reference checks of the same run: an editor sees every problem of the story at once,
 * not the schema's first and the references' after a fix. What cannot be checked is said: the
 * ids of the items that failed, and the collections that are not lists at all.
 */
import type { z } from 'zod';
import type { StoryProblem } from '../model/problems.js';
import type { YamlFile } from './yamlFile.js';
import { describeIssues } from './zodProblems.js';

export interface Validated<T> {
	value?: T;
	problems: StoryProblem[];
}

export function validate<S extends z.ZodType>(schema: S, yaml: YamlFile): Validated<z.output<S>> {
	const result = schema.safeParse(yaml.value ?? {}, { reportInput: true });
	if (result.success) return { value: result.data, problems: [] };
	return {
		problems: describeIssues(result.error.issues, yaml.value, schema).map(({ path, message }) => ({
			file: yaml.file,
			path,
			message,
			line: yaml.lineOf(path)
		}))
	};
}

export interface DataFileResult {
	problems: StoryProblem[];
	/** The items of each collection that passed (all of them when the file passed). */
	items: Record<string, unknown[]>;
	/** Ids of the items that failed, by collection. */
	failedIds: Record<string, Set<string>>;
	/** Collections that are not a list, or that the file lacks. */
	unreadable: string[];
}

type Def = Record<string, unknown> & { type?: string };
const defOf = (node: unknown) => (node as { _zod?: { def?: Def } })._zod?.def;

/** The schema of one item of a collection field (`z.array(Item)`, maybe with a default). */
function itemSchema(field: unknown): z.ZodType | undefined {
	let def = defOf(field);
	while (def?.innerType) def = defOf(def.innerType);
	return def?.type === 'array' ? (def.element as z.ZodType) : undefined;
}

/** A data file: an object whose fields are collections (`events: [...]`). */
export function validateDataFile(schema: z.ZodObject, yaml: YamlFile): DataFileResult {
	const whole = validate(schema, yaml);
	if (whole.value) {
		const items = whole.value as Record<string, unknown[]>;
		return { problems: [], items, failedIds: {}, unreadable: [] };
	}
	const raw = (yaml.value ?? {}) as Record<string, unknown>;
	const items: Record<string, unknown[]> = {};
	const failedIds: Record<string, Set<string>> = {};
	const unreadable: string[] = [];
	for (const [key, field] of Object.entries(schema.shape)) {
		const item = itemSchema(field);
		const list = raw[key];
		if (!item || !Array.isArray(list)) {
			if (list !== undefined || !defOf(field)?.defaultValue) unreadable.push(key);
			items[key] = [];
			continue;
		}
		items[key] = [];
		failedIds[key] = new Set();
		for (const entry of list) {
			const parsed = item.safeParse(entry);
			if (parsed.success) items[key].push(parsed.data);
			else {
				const id = (entry as { id?: unknown } | null)?.id;
				if (typeof id === 'string') failedIds[key].add(id);
			}
		}
	}
	return { problems: whole.problems, items, failedIds, unreadable };
}
