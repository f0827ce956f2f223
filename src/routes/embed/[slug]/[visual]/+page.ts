import { loadSectionVisual } from '$lib/visuals/catalog';
import type { SectionVisual } from '$lib/visuals/types';
import type { PageLoad } from './$types';

/** Loads the code of this embed's kind of visual only, on the server and in the browser. */
export const load: PageLoad = async ({ data }) => ({
	...data,
	drawn: (await loadSectionVisual(data.visual)) as SectionVisual
});
