import { catalogFrom, type GalleryEntry } from '$gallery/catalog';

// Each gallery page declares itself (`export const entry` in its <script module>); collected
// here at build time, so adding a page is adding one file.
const pages = import.meta.glob<GalleryEntry>('./*/+page.svelte', { eager: true, import: 'entry' });

export const load = () => ({ catalog: catalogFrom(pages) });
