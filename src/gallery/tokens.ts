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
	const tokens = new Map<string, Token>();
	let group = '';
	let dark = false;
	for (const line of css.split('\n')) {
		const heading = /^\/\*\s*#\s*(.+?)\s*\*\/\s*$/.exec(line.trim());
		if (heading) {
			dark = /dark/i.test(heading[1]!);
			if (!dark) group = heading[1]!.replace(/,\s*light$/i, '');
			continue;
		}
		const declaration = /^\s*(--sc-[\w-]+)\s*:\s*([^;]+);\s*(?:\/\*\s*(.*?)\s*\*\/)?/.exec(line);
		if (!declaration) continue;
		const [, name, value, description] = declaration as unknown as [
			string,
			string,
			string,
			string?
		];
		const existing = tokens.get(name);
		if (dark) {
			if (existing) existing.dark ??= value.trim();
			continue;
		}
		tokens.set(name, { name, light: value.trim(), description: description ?? '', group });
	}
	return [...tokens.values()];
}
