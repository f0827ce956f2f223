/**
 * Reads a Svelte component's documentation from its source, so that the gallery's props tables
 * are written once, in the component: the `<!-- @component -->` comment, and for each prop of
 * its `interface Props` (or the props type it names) the name, type, whether it is optional or
 * bindable, its default from the `$props()` destructuring, and its JSDoc line.
 *
 * A small scanner, not a TypeScript compiler: it understands the way this project writes
 * components (prettier-formatted, one `let { … }: Props = $props()`), and says so when it meets
 * something else rather than guessing.
 */

export interface PropDoc {
	name: string;
	/** The type as written in the source, whitespace collapsed. */
	type: string;
	optional: boolean;
	/** Declared with `$bindable()`: the parent can `bind:` it. */
	bindable: boolean;
	/** The default value as written in the destructuring, if any. */
	default?: string;
	/** The JSDoc comment above the prop, as one paragraph; empty when there is none. */
	description: string;
}

export interface ComponentDoc {
	/** Component name, from the file name. */
	name: string;
	/** Path of the source file, relative to the project root. */
	file: string;
	/** The `<!-- @component -->` comment (markdown), without its code examples. */
	description: string;
	props: PropDoc[];
}

export interface ExtractOptions {
	/** Path of the component, relative to the project root (for messages and the doc). */
	file: string;
	/** Returns the source of a module the component imports (`'../types'`), when the props type
	 * is declared there; undefined when it cannot be read. */
	readModule?: (specifier: string) => string | undefined;
}

export function extractComponentDoc(source: string, options: ExtractOptions): ComponentDoc {
	const name = options.file
		.split('/')
		.pop()!
		.replace(/\.svelte$/, '');
	const script = instanceScript(source);
	const props = script ? propsOf(script, options) : [];
	return { name, file: options.file, description: componentComment(source), props };
}

/** The `@component` comment, with fenced code removed (the gallery shows its own snippets). */
function componentComment(source: string): string {
	const match = /<!--\s*@component\s*([\s\S]*?)-->/.exec(source);
	if (!match) return '';
	return match[1]!
		.replace(/```[\s\S]*?```/g, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

function instanceScript(source: string): string | undefined {
	for (const match of source.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (!/\bmodule\b|context\s*=\s*["']module/.test(match[1]!)) return match[2]!;
	}
	return undefined;
}

function propsOf(script: string, options: ExtractOptions): PropDoc[] {
	const call = script.indexOf('$props()');
	if (call < 0) return [];
	const letAt = script.lastIndexOf('let', call);
	const open = script.indexOf('{', letAt);
	if (letAt < 0 || open < 0 || open > call) {
		throw new Error(`${options.file}: expected \`let { … }: Props = $props()\``);
	}
	const close = matching(script, open);
	const destructured = defaultsOf(script.slice(open + 1, close));
	const annotation = /^\s*:\s*([\s\S]*?)\s*=\s*\$props\(\)/.exec(script.slice(close + 1));
	if (!annotation) {
		// Untyped props: list the names, the check that every prop is documented will flag them.
		return [...destructured].map(([propName, d]) => ({
			name: propName,
			type: 'unknown',
			optional: d.default !== undefined,
			bindable: d.bindable,
			default: d.default,
			description: ''
		}));
	}
	const members = membersOfType(annotation[1]!, script, options);
	return members.map((member) => {
		const d = destructured.get(member.name);
		return {
			...member,
			bindable: d?.bindable ?? false,
			...(d?.default !== undefined ? { default: d.default } : {})
		};
	});
}

type Member = Omit<PropDoc, 'bindable' | 'default'>;

/** The members of `Props` or of `SomeProps<'arg'>`, declared here or in an imported module. */
function membersOfType(typeText: string, script: string, options: ExtractOptions): Member[] {
	const ref = /^([A-Za-z_$][\w$]*)\s*(?:<([\s\S]*)>)?$/.exec(typeText.trim());
	if (!ref) throw new Error(`${options.file}: cannot read the props type \`${typeText}\``);
	const [, typeName, args] = ref as unknown as [string, string, string | undefined];
	let declaration = findInterface(script, typeName);
	if (!declaration) {
		const specifier = importedFrom(script, typeName);
		const moduleSource = specifier ? options.readModule?.(specifier) : undefined;
		declaration = moduleSource ? findInterface(moduleSource, typeName) : undefined;
	}
	if (!declaration) {
		throw new Error(`${options.file}: cannot find the declaration of \`${typeName}\``);
	}
	const substitutions = new Map<string, string>();
	if (declaration.params.length) {
		const given = args ? splitTopLevel(args, ',').map((a) => a.trim()) : [];
		declaration.params.forEach((param, i) => {
			const value = given[i] ?? param.default;
			if (value) substitutions.set(param.name, value);
		});
	}
	return parseMembers(declaration.body).map((member) => ({
		...member,
		type: substitute(member.type, substitutions)
	}));
}

interface Declaration {
	params: { name: string; default?: string }[];
	body: string;
}

function findInterface(source: string, typeName: string): Declaration | undefined {
	const re = new RegExp(`\\binterface\\s+${typeName}\\b\\s*(<[^{]*>)?\\s*(?:extends[^{]*)?\\{`);
	const match = re.exec(source);
	if (!match) return undefined;
	const open = match.index + match[0].length - 1;
	const body = source.slice(open + 1, matching(source, open));
	const params = match[1]
		? splitTopLevel(match[1].slice(1, -1), ',').map((p) => {
				const [, paramName, , def] = /^\s*(\w+)(\s+extends\s+[^=]+)?(?:=\s*(.+))?$/.exec(
					p.trim()
				) ?? [undefined, p.trim()];
				return { name: paramName!, default: def?.trim() };
			})
		: [];
	return { params, body };
}

function importedFrom(script: string, typeName: string): string | undefined {
	for (const match of script.matchAll(
		/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g
	)) {
		const names = match[1]!.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim());
		if (names.includes(typeName)) return match[2];
	}
	return undefined;
}

/** Members of an interface body: each `/** doc *\/ name?: type;`. */
export function parseMembers(body: string): Member[] {
	const members: Member[] = [];
	let doc = '';
	let i = 0;
	while (i < body.length) {
		const rest = body.slice(i);
		const space = /^\s+/.exec(rest);
		if (space) {
			i += space[0].length;
			continue;
		}
		if (rest.startsWith('/**')) {
			const end = body.indexOf('*/', i);
			doc = cleanDoc(body.slice(i + 3, end));
			i = end + 2;
			continue;
		}
		if (rest.startsWith('//')) {
			const end = body.indexOf('\n', i);
			i = end < 0 ? body.length : end + 1;
			continue;
		}
		if (rest.startsWith('/*')) {
			i = body.indexOf('*/', i) + 2;
			continue;
		}
		const end = endOfMember(body, i);
		const text = body.slice(i, end).trim();
		i = end + 1;
		const colon = indexAtTopLevel(text, ':');
		if (colon < 0) continue;
		const key = text
			.slice(0, colon)
			.replace(/^readonly\s+/, '')
			.trim();
		const optional = key.endsWith('?');
		members.push({
			name: key.replace(/\?$/, ''),
			type: text
				.slice(colon + 1)
				.replace(/\s+/g, ' ')
				.replace(/^\s*\|\s*/, '')
				.replace(/\(\s/g, '(')
				.replace(/\s\)/g, ')')
				.trim(),
			optional,
			description: doc
		});
		doc = '';
	}
	return members;
}

function cleanDoc(raw: string): string {
	return raw
		.split('\n')
		.map((line) => line.replace(/^\s*\*?\s?/, '').trim())
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Defaults and `$bindable` markers of `{ a, b = 1, c = $bindable(0), ...rest }`. */
function defaultsOf(pattern: string): Map<string, { default?: string; bindable: boolean }> {
	const out = new Map<string, { default?: string; bindable: boolean }>();
	for (const item of splitTopLevel(pattern, ',')) {
		const text = item.trim();
		if (!text || text.startsWith('...')) continue;
		const eq = indexAtTopLevel(text, '=');
		const left = (eq < 0 ? text : text.slice(0, eq)).trim();
		const propName = left.split(':')[0]!.trim();
		let value = eq < 0 ? undefined : text.slice(eq + 1).trim();
		let bindable = false;
		const bound = value && /^\$bindable\(([\s\S]*)\)$/.exec(value);
		if (bound) {
			bindable = true;
			value = bound[1]!.trim() || undefined;
		}
		out.set(propName, { default: value, bindable });
	}
	return out;
}

const OPEN = '([{<';
const CLOSE = ')]}>';

/** Index of the bracket that closes the one at `open`. */
function matching(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		const skipped = skipStringOrComment(text, i);
		if (skipped !== i) {
			i = skipped;
			continue;
		}
		const c = text[i]!;
		if ('([{'.includes(c)) depth++;
		else if (')]}'.includes(c) && --depth === 0) return i;
	}
	throw new Error('unbalanced brackets');
}

/** Index of the last character of the string or comment that starts at `i`; `i` itself when
 * none starts there. Brackets inside strings and comments do not count. */
function skipStringOrComment(text: string, i: number): number {
	const c = text[i];
	if (c === '"' || c === "'" || c === '`') return skipString(text, i);
	if (c === '/' && (text[i + 1] === '*' || text[i + 1] === '/')) return skipComment(text, i);
	return i;
}

/** Index of the last character of the comment that starts at `start`. */
function skipComment(text: string, start: number): number {
	if (text[start + 1] === '/') {
		const end = text.indexOf('\n', start);
		return end < 0 ? text.length : end;
	}
	const end = text.indexOf('*/', start + 2);
	return end < 0 ? text.length : end + 1;
}

function skipString(text: string, start: number): number {
	const quote = text[start];
	for (let i = start + 1; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === quote) return i;
	}
	return text.length;
}

/** Walks `text` at bracket depth 0, calling `visit` with each index; stops when it returns true. */
function walkTopLevel(text: string, visit: (i: number) => boolean | void): void {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const skipped = skipStringOrComment(text, i);
		if (skipped !== i) {
			i = skipped;
			continue;
		}
		const c = text[i]!;
		if (c === '=' && text[i + 1] === '>') {
			if (depth === 0 && visit(i)) return;
			i++;
			continue;
		}
		if (OPEN.includes(c)) depth++;
		else if (CLOSE.includes(c)) depth--;
		else if (depth === 0 && visit(i)) return;
	}
}

function indexAtTopLevel(text: string, char: string): number {
	let found = -1;
	walkTopLevel(text, (i) => {
		if (text[i] === char && !(char === '=' && text[i + 1] === '>')) {
			found = i;
			return true;
		}
	});
	return found;
}

function splitTopLevel(text: string, separator: string): string[] {
	const parts: string[] = [];
	let last = 0;
	walkTopLevel(text, (i) => {
		if (text[i] === separator) {
			parts.push(text.slice(last, i));
			last = i + 1;
		}
	});
	parts.push(text.slice(last));
	return parts;
}

/** End of one interface member: the `;` (or `,`) at depth 0, or the end of the body. */
function endOfMember(body: string, start: number): number {
	const rest = body.slice(start);
	let end = -1;
	walkTopLevel(rest, (i) => {
		if (rest[i] === ';' || rest[i] === ',') {
			end = i;
			return true;
		}
	});
	return end < 0 ? body.length : start + end;
}

function substitute(type: string, substitutions: Map<string, string>): string {
	let out = type;
	for (const [from, to] of substitutions) out = out.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
	return out;
}
