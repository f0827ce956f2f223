/**
 * Reads one YAML file and keeps its positions, so that a problem found later (by the schema or
 * the reference check) can be reported with the line it is on.
 */
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import type { DataPath, StoryProblem } from './problems.js';

export interface YamlFile {
	file: string;
	/** The parsed value, or undefined if the file could not be parsed. */
	value: unknown;
	/** 1-based line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: DataPath): number | undefined;
}

export function parseYamlFile(
	file: string,
	text: string
): { yaml: YamlFile; problems: StoryProblem[] } {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	const problems: StoryProblem[] = doc.errors.map((error) => ({
		file,
		path: [],
		line: lineCounter.linePos(error.pos[0]).line,
		message: `is not valid YAML: ${firstSentence(error.message)} (check indentation, colons and quotes near this line)`
	}));

	const lineOf = (path: DataPath): number | undefined => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as
				{ range?: [number, number, number] } | undefined;
			const offset = node?.range?.[0] ?? (depth === 0 ? doc.contents?.range?.[0] : undefined);
			if (offset !== undefined) return lineCounter.linePos(offset).line;
			if (depth === 0) break;
		}
		return undefined;
	};

	const value = problems.length ? undefined : doc.toJS({ maxAliasCount: 100 });
	if (!problems.length && doc.contents && !isCollection(doc.contents) && value !== null) {
		problems.push({
			file,
			path: [],
			line: 1,
			message: `expected key: value pairs at the top of the file, found ${typeof value}`
		});
	}
	return { yaml: { file, value, lineOf }, problems };
}

function firstSentence(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
