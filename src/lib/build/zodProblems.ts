/**
 * Turns the schema validator's issues into messages an editor can act on:
 * what was found, what was expected, and a suggestion for a near-miss.
 */
import type { z } from 'zod';
import { describeValue, type DataPath } from '../model/problems.js';
import { didYouMean } from './suggest.js';
import { buildCatalog } from '../visuals/buildCatalog.js';

const VISUALS = Object.keys(buildCatalog);

type Issue = z.core.$ZodIssue;

export interface IssueProblem {
	path: DataPath;
	message: string;
}

function valueAt(root: unknown, path: DataPath): unknown {
	let value: unknown = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return value;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'key: value pairs'
};

/** Every issue of one file, one problem each (one per unknown field), in the file's terms. */
export function describeIssues(issues: Issue[], root: unknown, schema: z.ZodType): IssueProblem[] {
	return issues.flatMap((issue) => {
		if (issue.code !== 'unrecognized_keys') return [describeIssue(issue, root)];
		// Suggest among the fields of this object; zod does not say which it expected.
		const path = cleanPath(issue.path);
		const known = fieldsAt(schema, path, root) ?? fieldNames(schema);
		return issue.keys.map((key) => ({
			path: [...path, key],
			message: `unknown field "${key}"${didYouMean(key, known)}`
		}));
	});
}

function cleanPath(path: PropertyKey[]): DataPath {
	return path.filter((k): k is string | number => typeof k !== 'symbol');
}

/** One message for one issue (unknown fields are handled by describeIssues). */
function describeIssue(issue: Issue, root: unknown): IssueProblem {
	const path = cleanPath(issue.path);
	const found = valueAt(root, path);
	switch (issue.code) {
		case 'invalid_type': {
			if (path.at(-1) === 'sources') {
				// The most common omission in a newsroom: a fact without its sources.
				const example = 'e.g. sources: [bloomberg-transcripts]';
				return found === undefined
					? { path, message: `is required: every fact needs a list of source ids (${example})` }
					: {
							path,
							message: `expected a list of source ids (${example}), found ${describeValue(found)}`
						};
			}
			const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
			if (found === undefined) return { path, message: `is required (expected ${expected})` };
			return { path, message: `expected ${expected}, found ${describeValue(found)}` };
		}
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			if (found === undefined)
				return { path, message: `is required (expected one of: ${allowed.join(', ')})` };
			const hint = typeof found === 'string' ? didYouMean(found, allowed) : '';
			return {
				path,
				message: `${describeValue(found)} is not allowed; expected one of: ${allowed.join(', ')}${hint}`
			};
		}
		case 'too_small': {
			if (issue.origin === 'array') {
				const n = Number(issue.minimum);
				const base = `needs at least ${n} ${n === 1 ? 'item' : 'items'}, found ${describeValue(found)}`;
				return {
					path,
					message: issue.message?.startsWith('Too small')
						? base
						: `${issue.message} (found ${describeValue(found)})`
				};
			}
			return { path, message: `must not be empty, found ${describeValue(found)}` };
		}
		case 'invalid_union': {
			const discriminator = (issue as { discriminator?: string }).discriminator;
			if (discriminator) {
				const value = valueAt(root, [...path, discriminator]);
				const kinds = VISUALS.join(', ');
				return {
					path: [...path, discriminator],
					message:
						value === undefined
							? `is required (expected one of the visuals: ${kinds})`
							: `${describeValue(value)} is not a known visual; expected one of: ${kinds}${didYouMean(String(value), VISUALS)}`
				};
			}
			return { path, message: `does not match any allowed shape, found ${describeValue(found)}` };
		}
		default: {
			// Messages of our own rules say what they found; "expected …" ones need it added.
			const shown =
				found === undefined || !issue.message.startsWith('expected')
					? ''
					: `, found ${describeValue(found)}`;
			return { path, message: `${issue.message}${shown}` };
		}
	}
}

// --- Field names, for "did you mean" ------------------------------------------------------------
// zod does not say which keys an object expected: these walk its public definition objects.

type Def = { type?: string } & Record<string, unknown>;
const defOf = (node: unknown): Def | undefined => (node as { _zod?: { def?: Def } })?._zod?.def;
const shapeOf = (node: unknown) => defOf(node)?.shape as Record<string, unknown> | undefined;

/** Wrappers whose inner schema holds the shape: defaults, optionals, pipes (transforms). */
function unwrap(node: unknown, value: unknown): unknown {
	for (;;) {
		const def = defOf(node);
		if (!def) return node;
		if (def.innerType) node = def.innerType;
		else if (def.type === 'pipe') node = def.in;
		else if (def.type === 'union' && typeof def.discriminator === 'string') {
			// A discriminated union: the option whose literal the value's discriminator names.
			const key = def.discriminator;
			const tag = (value as Record<string, unknown> | undefined)?.[key];
			const literal = (option: unknown) => defOf(shapeOf(option)?.[key])?.values as unknown[];
			node = (def.options as unknown[]).find((option) => literal(option)?.includes(tag));
			if (!node) return undefined;
		} else return node;
	}
}

/** The fields of the object schema at `path`, or undefined when there is none to name. */
export function fieldsAt(schema: z.ZodType, path: DataPath, root: unknown): string[] | undefined {
	let node: unknown = schema;
	for (let depth = 0; depth <= path.length; depth++) {
		const value = valueAt(root, path.slice(0, depth));
		node = unwrap(node, value);
		const def = defOf(node);
		if (!def) return undefined;
		if (depth === path.length)
			return def.type === 'object' ? Object.keys(def.shape as object) : undefined;
		const key = path[depth]!;
		if (def.type === 'object') node = (def.shape as Record<string, unknown>)[key];
		else if (def.type === 'array') node = def.element;
		else return undefined;
	}
	return undefined;
}

/** Every field name a schema knows, when the object at a path cannot be told. */
export function fieldNames(schema: z.ZodType): Set<string> {
	const names = new Set<string>();
	const seen = new Set<unknown>();
	const walk = (node: unknown) => {
		if (!node || seen.has(node)) return;
		seen.add(node);
		const def = defOf(node);
		if (!def) return;
		const shape = def.shape as Record<string, unknown> | undefined;
		for (const [key, child] of Object.entries(shape ?? {})) {
			names.add(key);
			walk(child);
		}
		for (const key of ['element', 'innerType', 'in', 'out']) walk(def[key]);
		for (const option of (def.options as unknown[] | undefined) ?? []) walk(option);
	};
	walk(schema);
	return names;
}
