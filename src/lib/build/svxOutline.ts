/**
 * Reads the outline of a story.svx without compiling it: the frontmatter, and which scrolly
 * sections and steps it contains, in order. The loader uses this to check that every step an
 * author wrote has a state in sections.yaml and the other way round, before anything is built.
 *
 * It also finds what would reach the page wrong: invisible control characters (a problem), and
 * a step's text that Markdown will not read (a warning: it builds, but shows `**April 2.**` as
 * typed), because no blank line separates it from `<Step …>` or `</Step>`, or because it is
 * indented as a code block.
 */
import type { StoryProblem } from '../model/problems.js';
import { MAX_ID_LENGTH } from '../model/schema.js';
import { describeUnsafeCharacter, findUnsafeCharacter } from '../model/unsafeText.js';

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

/** The 1-based line of each offset in `text`, found by binary search over the line starts. */
function lineFinder(text: string): (index: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (index) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= index) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
}

export function readSvxOutline(
	file: string,
	text: string
): { outline: SvxOutline; problems: StoryProblem[]; warnings: StoryProblem[] } {
	const problems: StoryProblem[] = [];
	const warnings: StoryProblem[] = [];
	const lineAt = lineFinder(text);
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
		const line = lineAt(bodyOffset + claim.index);
		for (const id of claim[1]!.split(/[\s,]+/).filter(Boolean))
			outline.claimSources!.push({ id, line });
	}
	// The frontmatter's fields are checked by the schema; the body here.
	const unsafe = findUnsafeCharacter(body);
	if (unsafe) {
		const at = bodyOffset + unsafe.index;
		problems.push({
			file,
			path: [],
			line: lineAt(at),
			message: describeUnsafeCharacter({
				...unsafe,
				index: at - text.lastIndexOf('\n', at - 1) - 1
			})
		});
	}

	let openSection: SvxSection | undefined;
	for (const tag of body.matchAll(TAG)) {
		const [, closing, name, attributes = ''] = tag;
		const line = lineAt(bodyOffset + tag.index);
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
		if (id.length > MAX_ID_LENGTH) {
			problems.push({
				file,
				path: [],
				line,
				message: `<${name}> id is ${id.length} characters long; an id has at most ${MAX_ID_LENGTH}`
			});
		}
		if (name === 'Step') {
			const markdown = stepMarkdownProblem(body, tag.index + tag[0].length);
			if (markdown)
				warnings.push({ file, path: [], line, message: `<Step id="${id}">: ${markdown}` });
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
	return { outline, problems, warnings };
}

/**
 * Why Markdown will not read the text of a step whose opening tag ends at `from`, if it will not.
 * Markdown reads what is inside an HTML-like tag only as a block of its own, after a blank line
 * and before another; and text indented by a tab or four spaces is a code block.
 */
export function stepMarkdownProblem(body: string, from: number): string | undefined {
	const close = body.indexOf('</Step>', from);
	if (close < 0) return undefined;
	const inside = body.slice(from, close);
	if (!inside.trim()) return undefined;
	const lines = inside.split('\n');
	const blankAfter = lines.length > 2 && !lines[0]!.trim() && !lines[1]!.trim();
	const blankBefore = lines.length > 2 && !lines.at(-1)!.trim() && !lines.at(-2)!.trim();
	if (!blankAfter || !blankBefore)
		return 'its text is not read as Markdown (**bold** shows as typed); leave a blank line after <Step …> and before </Step>';
	if (lines.some((line) => /^(\t| {4})\s*\S/.test(line)))
		return 'its text is indented, so Markdown shows it as code; start its lines at the left margin';
	return undefined;
}
