/**
 * Reads the outline of a story.svx without compiling it: the frontmatter, and which scrolly
 * sections and steps it contains, in order. The loader uses this to check that every step an
 * author wrote has a state in sections.yaml and the other way round, before anything is built.
 */
import type { StoryProblem } from './problems.js';

export interface SvxStep {
	id: string;
	line: number;
}

export interface SvxSection {
	id: string;
	line: number;
	steps: SvxStep[];
}

export interface SvxOutline {
	/** Raw frontmatter text, or undefined when the file has none. */
	frontmatter: string | undefined;
	/** Line where the frontmatter starts (after the opening ---). */
	frontmatterLine: number;
	/** True when there is anything besides frontmatter and whitespace. */
	hasBody: boolean;
	sections: SvxSection[];
	/** Steps written inside a plain <Scrolly> (not bound to story data). */
	looseSteps: SvxStep[];
	/** Source ids a `<Claim … sources="…">` in the text cites, with its line: a source cited
	 * only in the text is cited all the same. */
	claimSources?: SvxStep[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const TAG = /<(\/?)(StorySection|Step|Scrolly)\b([^>]*)>/g;
const LITERAL_ID = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const CLAIM_SOURCES = /<Claim\b[^>]*?\bsources\s*=\s*"([^"]*)"/g;

function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

export function readSvxOutline(
	file: string,
	text: string
): { outline: SvxOutline; problems: StoryProblem[] } {
	const problems: StoryProblem[] = [];
	const match = FRONTMATTER.exec(text);
	const body = match ? text.slice(match[0].length) : text;
	const bodyOffset = match ? match[0].length : 0;
	const outline: SvxOutline = {
		frontmatter: match?.[1],
		frontmatterLine: 2,
		hasBody: body.trim().length > 0,
		sections: [],
		looseSteps: [],
		claimSources: []
	};
	for (const claim of body.matchAll(CLAIM_SOURCES)) {
		const line = lineAt(text, bodyOffset + claim.index);
		for (const id of claim[1]!.split(/[\s,]+/).filter(Boolean))
			outline.claimSources!.push({ id, line });
	}

	let openSection: SvxSection | undefined;
	for (const tag of body.matchAll(TAG)) {
		const [, closing, name, attributes = ''] = tag;
		const line = lineAt(text, bodyOffset + tag.index);
		if (closing) {
			if (name === 'StorySection') openSection = undefined;
			continue;
		}
		if (name === 'Scrolly') continue;
		const idMatch = LITERAL_ID.exec(attributes);
		const id = idMatch?.[1] ?? idMatch?.[2];
		if (id === undefined) {
			problems.push({
				file,
				path: [],
				line,
				message: `<${name}> needs a literal id, like <${name} id="my-step">, so the build can check it against sections.yaml`
			});
			continue;
		}
		if (name === 'StorySection') {
			openSection = { id, line, steps: [] };
			outline.sections.push(openSection);
		} else if (openSection) {
			openSection.steps.push({ id, line });
		} else {
			outline.looseSteps.push({ id, line });
		}
	}
	return { outline, problems };
}
