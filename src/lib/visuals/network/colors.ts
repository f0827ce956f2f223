/**
 * The colour of each group of nodes and each type of link, as CSS values. Groups and types are
 * open strings: a colour comes from the `colors` map a designer passes, else from a design
 * token named after it (`--sc-group-<group>`, `--sc-line-<type>`), else from a palette of
 * distinct colors in the order groups first appear, so no two groups share one by default.
 * Pure: the same input gives the same colors on the server and in the browser.
 */

/** The flagship's sides keep their colors (the tokens in theme.css, light and dark). */
export const DEFAULT_GROUP_COLORS: Readonly<Record<string, string>> = {
	us: 'var(--sc-group-us, #1d4f91)',
	russia: 'var(--sc-group-russia, #a1261b)',
	ukraine: 'var(--sc-group-ukraine, #7a5c00)',
	press: 'var(--sc-group-press, #4a4a4a)',
	other: 'var(--sc-group-other, #5b4a8a)'
};

/**
 * Colors for groups without one, in order: a light and a dark tone each (the page's
 * `color-scheme` picks one), both at least 3:1 against the theme's background, overridable
 * with the tokens `--sc-cat-1`…`--sc-cat-6`.
 */
export const PALETTE: readonly string[] = [
	'var(--sc-cat-1, light-dark(#1f6f8b, #7cc8e0))',
	'var(--sc-cat-2, light-dark(#b5462b, #ff9e80))',
	'var(--sc-cat-3, light-dark(#5b4a8a, #c4b5fd))',
	'var(--sc-cat-4, light-dark(#2f7d32, #8fd694))',
	'var(--sc-cat-5, light-dark(#8a5a00, #f0c060))',
	'var(--sc-cat-6, light-dark(#a2306f, #f59ac8))'
];

/** A group or type as the tail of a custom property name: lowercase, hyphens, nothing else. */
export function tokenName(value: string): string {
	return value
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * The colour of each group, in the order given. `map` wins; then the flagship's sides; then a
 * token named after the group, falling back to the next unused palette colour.
 */
export function groupColors(
	groups: readonly string[],
	map: Readonly<Record<string, string>> = {}
): Map<string, string> {
	const colors = new Map<string, string>();
	let next = 0;
	for (const group of groups) {
		if (colors.has(group)) continue;
		const color =
			map[group] ??
			DEFAULT_GROUP_COLORS[group] ??
			`var(--sc-group-${tokenName(group)}, ${PALETTE[next++ % PALETTE.length]})`;
		colors.set(group, color);
	}
	return colors;
}

/**
 * The colour of each type of link: the map's, else a token named after the type, else the
 * ink of the page. Link colour is never the only mark of meaning (the label says the type).
 */
export function lineColors(
	types: readonly string[],
	map: Readonly<Record<string, string>> = {}
): Map<string, string> {
	const colors = new Map<string, string>();
	for (const type of types) {
		if (!colors.has(type))
			colors.set(type, map[type] ?? `var(--sc-line-${tokenName(type)}, var(--sc-fg, #1b1b1b))`);
	}
	return colors;
}

/** Links in groups of one stroke colour, each group where its first link comes: a picture
 * gives each group its colour once (`stroke` undefined: the page's ink). */
export function strokeRuns<L extends { type: string }>(
	links: readonly L[],
	colors: ReadonlyMap<string, string>
): { stroke: string | undefined; links: L[] }[] {
	const runs = new Map<string | undefined, L[]>();
	for (const link of links) {
		const stroke = colors.get(link.type);
		runs.set(stroke, [...(runs.get(stroke) ?? []), link]);
	}
	return [...runs].map(([stroke, links]) => ({ stroke, links }));
}
