/**
 * The design tokens, read from theme.css at build time for the gallery's tokens page: each
 * `--sc-*` custom property with its light value, its dark value when it has one, the comment
 * after it and the `/* # Heading *\/` it sits under.
 */
export interface Token {
	name: string;
	light: string;
	dark?: string;
	description: string;
	/** The section heading of theme.css, e.g. "Type and space". */
	group: string;
}

export function readTokens(css: string): Token[] {
	const headings = [...css.matchAll(/\/\*\s*#\s*(.+?)\s*\*\//g)].map((m) => ({
		at: m.index,
		title: m[1]!
	}));
	const tokens = new Map<string, Token>();
	// A declaration may wrap over lines (prettier wraps long font stacks); its description is
	// the comment right after its semicolon.
	for (const match of css.matchAll(/(--sc-[\w-]+)\s*:\s*([^;]+);[ \t]*(?:\/\*\s*(.*?)\s*\*\/)?/g)) {
		const [, name, value, description] = match as unknown as [string, string, string, string?];
		const heading = headings.filter((h) => h.at < match.index).at(-1)?.title ?? '';
		// One line, without the spaces prettier leaves inside a wrapped function's parentheses.
		const clean = value.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/\s\)/g, ')').trim();
		if (/dark/i.test(heading)) {
			const existing = tokens.get(name);
			if (existing) existing.dark ??= clean;
			continue;
		}
		tokens.set(name, {
			name,
			light: clean,
			description: description ?? '',
			group: heading.replace(/,\s*light$/i, '')
		});
	}
	return [...tokens.values()];
}
