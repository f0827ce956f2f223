import { publicComponents, readPublicApi } from '$gallery/publicApi';

// Read from package.json and the entry files when the site is built.
export const load = () => {
	const entries = readPublicApi(process.cwd());
	return {
		entries: entries.map(({ specifier, nodeOnly, components, values }) => ({
			specifier,
			nodeOnly,
			components: components.map((c) => c.name),
			values
		})),
		componentCount: publicComponents(entries).length
	};
};
