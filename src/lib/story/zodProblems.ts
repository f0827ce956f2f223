/**
 * Turns the schema validator's issues into messages an editor can act on:
 * what was found, what was expected, and a suggestion for a near-miss.
 */
import type { z } from 'zod';
import { describeValue, type DataPath } from './problems.js';
import { didYouMean } from './suggest.js';

type Issue = z.core.$ZodIssue;

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

/** One message per issue; the path is returned separately so the caller can add the line. */
export function describeIssue(
	issue: Issue,
	root: unknown,
	knownFields: Iterable<string>
): { path: DataPath; message: string } {
	const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
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
			const hint = typeof found === 'string' ? didYouMean(found, allowed) : '';
			return {
				path,
				message: `${describeValue(found)} is not allowed; expected one of: ${allowed.join(', ')}${hint}`
			};
		}
		case 'unrecognized_keys': {
			return {
				path: [...path, issue.keys[0]!],
				message: issue.keys
					.map((key) => `unknown field "${key}"${didYouMean(key, knownFields)}`)
					.join('; ')
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
				return {
					path: [...path, discriminator],
					message:
						value === undefined
							? `is required (expected one of the visuals: timeline, transcript, draft-path, network)`
							: `${describeValue(value)} is not a known visual; expected one of: timeline, transcript, draft-path, network${didYouMean(String(value), ['timeline', 'transcript', 'draft-path', 'network'])}`
				};
			}
			return { path, message: `does not match any allowed shape, found ${describeValue(found)}` };
		}
		default: {
			const shown = found === undefined ? '' : `, found ${describeValue(found)}`;
			return { path, message: `${issue.message}${shown}` };
		}
	}
}

/** Every field name a schema knows, for "did you mean" on an unknown field (zod does not say
 * which keys were expected). Walks zod's public definition objects. */
export function fieldNames(schema: z.ZodType): Set<string> {
	const names = new Set<string>();
	const seen = new Set<unknown>();
	const walk = (node: unknown) => {
		if (!node || seen.has(node)) return;
		seen.add(node);
		const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
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
