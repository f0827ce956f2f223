/**
 * Reads one YAML file and keeps its positions, so that a problem found later (by the schema or
 * the reference check) can be reported with the line it is on.
 *
 * Every way a file can fail to read becomes a `file:line` problem, never an exception: a syntax
 * error (an unclosed quote is reported where it opens, not at the end of the file where the
 * parser notices it), an alias to no anchor, aliases that expand too far (a "billion laughs"
 * file), and a file with nothing in it.
 */
import {
	isCollection,
	isScalar,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type YAMLError
} from 'yaml';
import type { DataPath, StoryProblem } from '../model/problems.js';

export interface YamlFile {
	file: string;
	/** The parsed value, or undefined if the file could not be parsed. */
	value: unknown;
	/** 1-based line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: DataPath): number | undefined;
}

/** How many times aliases (`*name`) may copy an anchored value in one file. */
export const MAX_ALIAS_COUNT = 100;

export function parseYamlFile(
	file: string,
	text: string,
	/** The problem when the file holds nothing but comments: what to write in it. */
	empty = 'is empty; write its content in it, or delete it'
): { yaml: YamlFile; problems: StoryProblem[] } {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	const line = (offset: number) => lineCounter.linePos(offset).line;
	const problem = (at: number, message: string): StoryProblem => ({
		file,
		path: [],
		line: at,
		message
	});

	const lineOf = (path: DataPath): number | undefined => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as
				{ range?: [number, number, number] } | undefined;
			const offset = node?.range?.[0] ?? (depth === 0 ? doc.contents?.range?.[0] : undefined);
			if (offset !== undefined) return line(offset);
			if (depth === 0) break;
		}
		return undefined;
	};
	const result = (value: unknown, problems: StoryProblem[]) => ({
		yaml: { file, value, lineOf },
		problems
	});

	if (doc.errors.length) {
		return result(
			undefined,
			doc.errors.map((error) => problem(line(errorOffset(doc, error)), syntaxMessage(error)))
		);
	}
	if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
		return result(undefined, [problem(1, empty)]);
	}
	if (!isCollection(doc.contents)) {
		return result(undefined, [
			problem(1, `expected key: value pairs at the top of the file, found ${typeof doc.toJS()}`)
		]);
	}
	try {
		return result(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), []);
	} catch (error) {
		// An alias to no anchor, or aliases that copy too much: name the first alias.
		let offset = 0;
		visit(doc, {
			Alias(_key, node) {
				offset = node.range?.[0] ?? 0;
				return visit.BREAK;
			}
		});
		const excessive = error instanceof Error && /excessive alias count/i.test(error.message);
		return result(undefined, [
			problem(
				line(offset),
				excessive
					? `is not valid YAML: its aliases (*name) copy anchored values more than ${MAX_ALIAS_COUNT} times; write the values out instead`
					: `is not valid YAML: an alias (*name) refers to no anchor (&name) above it`
			)
		]);
	}
}

/** Where to report a syntax error: where an unclosed quote opens, or where the parser stopped. */
function errorOffset(doc: Document, error: YAMLError): number {
	if (error.code !== 'MISSING_CHAR' || !/quote/.test(error.message)) return error.pos[0];
	// The parser reads an unclosed quote to the end of the file and stops there; the scalar it
	// was reading starts at the opening quote.
	let opening = error.pos[0];
	visit(doc, {
		Scalar(_key, node) {
			const [start, end] = node.range ?? [0, 0];
			if (
				(node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
				start <= error.pos[0] &&
				end >= error.pos[0]
			) {
				opening = start;
				return visit.BREAK;
			}
			return undefined;
		}
	});
	return opening;
}

function syntaxMessage(error: YAMLError): string {
	const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	if (error.code === 'MISSING_CHAR' && /quote/.test(first)) {
		const quote = first.includes("'") ? "'" : '"';
		return `is not valid YAML: the quote (${quote}) opened on this line is never closed; close it`;
	}
	return `is not valid YAML: ${first} (check indentation, colons and quotes near this line)`;
}
