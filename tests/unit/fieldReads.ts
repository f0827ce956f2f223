/**
 * Which fields of a story's data the code reads: every field the schema allows, as a path
 * (`events[].dateLabel`, `meta.title`), and a recorder that hands out a copy of a story whose
 * every property read is noted under the same path. unread-fields.test.ts compares the two.
 */
import type { z } from 'zod';
import { DataFiles, Frontmatter, type Story } from '../../src/lib/visuals/schema';

type Schema = z.core.$ZodType;

/** The paths of every field under `schema`, each array's items as `[]`. */
export function fieldPaths(schema: Schema, path: string, into = new Set<string>()): Set<string> {
	const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
	switch (def.type) {
		case 'object':
			for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
				const at = path ? `${path}.${key}` : key;
				into.add(at);
				fieldPaths(field, at, into);
			}
			break;
		case 'array':
			fieldPaths(def.element as Schema, `${path}[]`, into);
			break;
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'nonoptional':
		case 'catch':
			fieldPaths(def.innerType as Schema, path, into);
			break;
		case 'union':
			for (const option of def.options as Schema[]) fieldPaths(option, path, into);
			break;
		case 'pipe':
			fieldPaths(def.in as Schema, path, into);
			fieldPaths(def.out as Schema, path, into);
			break;
	}
	return into;
}

/** Every field of a story, under the name the loaded story gives it: a data file's top-level
 * lists keep their names (`entities[]`, `flows[]`), the frontmatter is `meta`. */
export function storyFieldPaths(): string[] {
	const paths = fieldPaths(Frontmatter, 'meta');
	for (const schema of Object.values(DataFiles)) fieldPaths(schema, '', paths);
	return [...paths].sort();
}

/**
 * A copy of `value` that notes, under its path, every property read from it or from anything
 * reached through it (array items share their list's path, `[]`). Reading a whole list by
 * iterating it notes the list, not its items' fields: those count only once read.
 */
export function recordReads<T extends object>(value: T, reads: Set<string>, path = ''): T {
	const cache = new WeakMap<object, object>();
	const wrap = (target: object, at: string): object => {
		const known = cache.get(target);
		if (known) return known;
		// Object.entries, Object.assign and spreads ask for a property's descriptor before reading
		// it; code that reads a field by its name does not. Those copies and generic walks are not
		// reads: what reads the copy's objects later is noted all the same (they are wrapped).
		let enumerated: PropertyKey | undefined;
		const proxy = new Proxy(target, {
			getOwnPropertyDescriptor(obj, key) {
				enumerated = key;
				return Reflect.getOwnPropertyDescriptor(obj, key);
			},
			get(obj, key, receiver) {
				const result = Reflect.get(obj, key, receiver);
				const copied = enumerated === key;
				enumerated = undefined;
				if (typeof key !== 'string') return result;
				const isItem = Array.isArray(obj) && /^\d+$/.test(key);
				if (Array.isArray(obj) && !isItem) return result; // length, map, filter…
				const child = isItem ? `${at}[]` : at ? `${at}.${key}` : key;
				if (!isItem && !copied) reads.add(child);
				return result && typeof result === 'object' ? wrap(result, child) : result;
			}
		});
		cache.set(target, proxy);
		return proxy;
	};
	return wrap(value, path) as T;
}

type Provenanced = { sources: string[]; claimant?: string; denial?: unknown };

/**
 * A copy of `story` in which every record that carries provenance also carries a claimant and a
 * denial (the schema allows both on any status), so that a renderer's handling of each is
 * exercised whatever the story's own data happens to hold.
 */
export function withEveryProvenanceField(story: Story): Story {
	const fill = <T extends Provenanced>(record: T): T => ({
		...record,
		claimant: record.claimant ?? 'A claimant',
		denial: record.denial ?? {
			by: 'A denier',
			text: 'It did not happen.',
			quote: true,
			sources: [record.sources[0]!]
		}
	});
	return {
		...story,
		entities: story.entities.map((e) => fill({ ...e, facts: e.facts.map(fill) })),
		links: story.links.map(fill),
		events: story.events.map(fill),
		calls: story.calls.map((c) => fill({ ...c, lines: c.lines.map(fill) })),
		reactions: story.reactions.map(fill),
		stages: story.stages.map(fill),
		flows: story.flows.map(fill)
	};
}
