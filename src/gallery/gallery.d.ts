declare module '*.svelte?doc' {
	/** The component's description and props, read from its source at build time. */
	const doc: import('./componentDoc').ComponentDoc;
	export default doc;
}
