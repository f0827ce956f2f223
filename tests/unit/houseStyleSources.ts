/**
 * The strings the house-style test reads, each with where it comes from (file and line) and
 * whether it is a verbatim quotation: a story's text (story.svx: frontmatter and prose), its
 * data's reader-facing fields, and the package's interface strings (the text of its Svelte
 * templates and the reader-facing string literals of its code).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseSvelte } from 'svelte/compiler';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import type { Story } from '../../src/lib/model/schema';
import { typeset } from '../../src/lib/ui/typeset';

export interface Checked {
	/** "stories/american-plan/story.svx:24". */
	where: string;
	text: string;
	verbatim?: boolean;
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

// ---------------------------------------------------------------------------------------------
// story.svx
// ---------------------------------------------------------------------------------------------

/** The frontmatter's values and the prose, line by line, without scripts, tags and markdown. */
export function svxStrings(file: string): Checked[] {
	const svx = readFileSync(file, 'utf8');
	const out: Checked[] = [];
	const front = /^---\n([\s\S]*?)\n---\n/.exec(svx);
	const lines = svx.split('\n');
	if (front) {
		for (const [key, value] of Object.entries(parseYaml(front[1]!) as Record<string, unknown>)) {
			if (typeof value !== 'string') continue;
			const line = lines.findIndex((l) => l.startsWith(`${key}:`)) + 1;
			out.push({ where: `${file}:${line}`, text: value });
		}
	}
	const body = svx
		.slice(front?.[0].length ?? 0)
		.replace(/<script[\s\S]*?<\/script>/g, (m) => m.replace(/[^\n]/g, ''))
		.replace(/<[^>]*>/g, (m) => m.replace(/[^\n]/g, ''))
		.replace(/\*\*|^#+ |^- /gm, '');
	const offset = front ? front[0].split('\n').length - 1 : 0;
	body.split('\n').forEach((text, i) => {
		if (text.trim()) out.push({ where: `${file}:${i + 1 + offset}`, text });
	});
	return out;
}

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

/** Fields that hold ids, dates, addresses or enumerations, never words for the reader. */
const NOT_TEXT = new Set(
	'id from to date end published updated url kind status group type speaker lane event call line entity visual view lang locale sources participants lines nodes links stages flows source slug'.split(
		' '
	)
);
const FILE_OF: Record<string, string> = {
	meta: 'story.svx',
	sources: 'data/sources.yaml',
	entities: 'data/entities.yaml',
	links: 'data/links.yaml',
	events: 'data/events.yaml',
	calls: 'data/calls.yaml',
	reactions: 'data/reactions.yaml',
	lanes: 'data/stages.yaml',
	stages: 'data/stages.yaml',
	flows: 'data/stages.yaml',
	sections: 'data/sections.yaml'
};

/** Verbatim words on record: a verbatim call line, a reaction's quote, a quoted phrase, a
 * denial given in the denier's words, a source's title as its outlet published it. */
function isVerbatim(path: (string | number)[], parent: Record<string, unknown>): boolean {
	const key = path.at(-1);
	if (path[0] === 'calls' && key === 'text') return parent.kind === 'verbatim';
	if (path[0] === 'reactions' && key === 'quote') return true;
	if (key === 'phrase') return true;
	if (path[0] === 'sources' && key === 'title') return true;
	return path.at(-2) === 'denial' && key === 'text' && parent.quote === true;
}

/** Every reader-facing string of a loaded story's data, set as the page sets it (`typeset`). */
export function dataStrings(story: Story, dir: string): Checked[] {
	const out: Checked[] = [];
	const raw = new Map<string, string>();
	const fileText = (file: string) => {
		if (!raw.has(file)) raw.set(file, readFileSync(join(dir, file), 'utf8'));
		return raw.get(file)!;
	};
	const visit = (value: unknown, path: (string | number)[], parent: Record<string, unknown>) => {
		if (typeof value === 'string') {
			const key = [...path].reverse().find((p) => typeof p === 'string')!;
			if (NOT_TEXT.has(key)) return;
			const file = FILE_OF[String(path[0])]!;
			const at = fileText(file).indexOf(value.slice(0, 30));
			const line = at < 0 ? '?' : lineOf(fileText(file), at);
			out.push({
				where: `${dir}/${file}:${line} (${path.join('.')})`,
				text: typeset(value),
				verbatim: isVerbatim(path, parent)
			});
		} else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], parent));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value))
				visit(v, [...path, k], value as Record<string, unknown>);
	};
	for (const key of Object.keys(FILE_OF))
		visit(story[key as keyof Story], [key], story as unknown as Record<string, unknown>);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Interface strings
// ---------------------------------------------------------------------------------------------

/** Elements whose text is code, not prose. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp']);

/** Attributes of HTML elements whose value a reader sees or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder']);

/** Looks like words for a reader, not like code (ids, selectors, CSS, paths, markup). */
export function isProse(text: string): boolean {
	const t = text.trim();
	if (!/\p{L}{2}/u.test(t)) return false;
	if (
		/[{}<>=;\\|[\]]|=>|^[.#:[@(]|^--|^\/|\/\/|\.(svelte|ts|js|css|json|ya?ml|png|svg|woff2?)\b/.test(
			t
		)
	)
		return false;
	if (/^[\w-]+$/.test(t)) return /^\p{Lu}\p{Ll}/u.test(t); // one word: a label if capitalized
	return /\s/.test(t);
}

/** A node under which string literals are for authors or developers, or are keys and ids,
 * not words for readers: errors, logs, imports, types, cases and comparisons. */
function isCodeContext(n: ts.Node): boolean {
	return (
		ts.isThrowStatement(n) ||
		ts.isImportDeclaration(n) ||
		ts.isExportDeclaration(n) ||
		ts.isLiteralTypeNode(n) ||
		ts.isCaseClause(n) ||
		(ts.isNewExpression(n) && ts.isIdentifier(n.expression) && /Error$/.test(n.expression.text)) ||
		(ts.isCallExpression(n) &&
			ts.isPropertyAccessExpression(n.expression) &&
			ts.isIdentifier(n.expression.expression) &&
			n.expression.expression.text === 'console') ||
		(ts.isBinaryExpression(n) &&
			[
				ts.SyntaxKind.EqualsEqualsEqualsToken,
				ts.SyntaxKind.ExclamationEqualsEqualsToken,
				ts.SyntaxKind.EqualsEqualsToken,
				ts.SyntaxKind.ExclamationEqualsToken
			].includes(n.operatorToken.kind))
	);
}

/** Reader-facing string literals of TypeScript code (a .ts file or a component's scripts). */
function codeStrings(code: string, file: string, lineOffset = 0): Checked[] {
	const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
	const out: Checked[] = [];
	const visit = (node: ts.Node) => {
		if (isCodeContext(node)) return;
		const text =
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node)
				? node.text
				: undefined;
		const parent = node.parent as ts.Node | undefined;
		const isKey =
			parent !== undefined &&
			((ts.isPropertyAssignment(parent) && parent.name === node) ||
				ts.isElementAccessExpression(parent));
		if (text !== undefined && !isKey && isProse(text)) {
			const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1 + lineOffset;
			out.push({ where: `${file}:${line}`, text });
		}
		node.forEachChild(visit);
	};
	visit(source);
	return out;
}

type SvelteNode = { type: string; start: number; end: number; [key: string]: unknown };

/** The text of a component's template and the reader-facing strings of its scripts. */
export function svelteStrings(file: string): Checked[] {
	const source = readFileSync(file, 'utf8');
	const ast = parseSvelte(source, { modern: true }) as unknown as Record<string, SvelteNode>;
	const out: Checked[] = [];
	const text = (node: SvelteNode) => {
		const data = (node.data as string).replace(/\s+/g, ' ');
		if (data.trim()) out.push({ where: `${file}:${lineOf(source, node.start)}`, text: data });
	};
	const code = (node: SvelteNode | undefined) => {
		if (node)
			out.push(
				...codeStrings(source.slice(node.start, node.end), file, lineOf(source, node.start) - 1)
			);
	};
	const fragment = (node: SvelteNode) => {
		for (const child of node.nodes as SvelteNode[]) {
			if (child.type === 'Text') text(child);
			else if (child.type === 'ExpressionTag') code(child.expression as SvelteNode);
			else element(child);
		}
	};
	const element = (node: SvelteNode) => {
		// Code shown as code (an embed snippet) keeps its straight quotes.
		if (CODE_ELEMENTS.has(node.name as string)) return;
		const component = node.type === 'Component';
		for (const attr of (node.attributes as SvelteNode[] | undefined) ?? []) {
			if (attr.type !== 'Attribute' || attr.value === true) continue;
			// An element's attribute counts when a reader sees or hears it; a component's prop
			// when it reads as words (a label, a title).
			if (!component && !TEXT_ATTRIBUTES.has(attr.name as string)) continue;
			for (const part of [attr.value].flat() as SvelteNode[]) {
				if (part.type === 'Text' && (!component || isProse(part.data as string))) text(part);
				if (part.type === 'ExpressionTag') code(part.expression as SvelteNode);
			}
		}
		for (const value of Object.values(node))
			if ((value as SvelteNode | null)?.type === 'Fragment') fragment(value as SvelteNode);
	};
	fragment(ast.fragment!);
	for (const script of [ast.instance, ast.module]) code(script?.content as SvelteNode | undefined);
	return out;
}

/** Every .svelte and reader-facing .ts file under a folder (no tests, no type declarations). */
export function interfaceFiles(dir: string, exclude: (file: string) => boolean): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return interfaceFiles(path, exclude);
		const file = relative(process.cwd(), path);
		if (!/\.(svelte|ts)$/.test(name) || /\.test\.ts$|\.d\.ts$/.test(name) || exclude(file))
			return [];
		return [file];
	});
}

export function interfaceStrings(file: string): Checked[] {
	return file.endsWith('.svelte')
		? svelteStrings(file)
		: codeStrings(readFileSync(file, 'utf8'), file);
}
