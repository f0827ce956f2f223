/**
 * The gallery's table of contents. Each page under src/routes/(site)/components/<slug>/ declares
 * itself with `export const entry: GalleryEntry` in its `<script module>`; the layout collects
 * them, so adding a page is adding one file.
 */
export const GROUPS = ['Foundations', 'Engine', 'Visuals', 'Story', 'UI'] as const;
export type GalleryGroup = (typeof GROUPS)[number];

export interface GalleryEntry {
	/** Page title, e.g. "Scrolly and Step". */
	title: string;
	group: GalleryGroup;
	/** One sentence for the index and the page header. */
	summary: string;
	/** Names of the exported components this page documents (shown and linked on the index). */
	components: string[];
	/** Position within its group; lower first. */
	order?: number;
}

export interface GalleryPage extends GalleryEntry {
	/** URL segment: /components/<slug>/. */
	slug: string;
}

/** Pages from the modules found by `import.meta.glob('./*\/+page.svelte')`, grouped in order. */
export function catalogFrom(modules: Record<string, GalleryEntry | undefined>): GalleryPage[] {
	return Object.entries(modules)
		.flatMap(([path, entry]) => {
			const slug = /\.\/([^/]+)\/\+page\.svelte$/.exec(path)?.[1];
			if (!slug) return [];
			if (!entry) throw new Error(`${path} has no \`export const entry\` in <script module>`);
			return [{ ...entry, slug }];
		})
		.sort(
			(a, b) =>
				GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) ||
				(a.order ?? 50) - (b.order ?? 50) ||
				a.title.localeCompare(b.title)
		);
}
