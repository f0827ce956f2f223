/**
 * The embed builder's words in English (/<slug>/embed/): the site's own, kept out of the
 * interface catalogues (src/lib/i18n) that a reader's browser loads with the islands and embeds.
 * In `notes`, words between backticks are code.
 */
export const en = {
	kicker: 'Embed',
	pageTitle: (title: string) => `Embed: ${title}`,
	description: (title: string) => `Embed code for “${title}” and each of its graphics.`,
	/** The dek, around a link to the story page: "… as on <ours>; …". */
	dek: {
		before:
			'Put the whole feature, or one of its graphics, in your own article. Paste the code into an HTML block of your CMS. The feature then scrolls with your page, as on',
		link: 'ours',
		after: '; a graphic steps with buttons and sizes itself.'
	},
	colors: 'Colors',
	themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s system setting' },
	/** Before an embeddable's title, naming its preview's frame. */
	preview: 'Preview:',
	/** Before an embeddable's name, labelling its code. */
	code: 'Embed code:',
	copy: 'Copy code',
	copied: 'Copied to the clipboard.',
	selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
	feature: 'The whole feature',
	featureDescription: (steps: number, sections: number) =>
		`The whole feature, scrolling inside your article: ${steps} steps in ${sections} sections.`,
	/** A visual's description: the titles of its sections, then this. */
	visualSteps: (steps: number) => `${steps} steps, with previous and next buttons.`,
	notesTitle: 'Notes for your developers',
	notes: [
		'The script is about 1.5 KB and has no dependencies. One copy serves every embed on the page. Without it the iframe still works: it shows every step with its own graphic.',
		'Under a sticky site header, add `data-scrolly-offset="60"` (its height in pixels) to the iframe. To keep the feature stacked at its full height, use `data-scrolly="stacked"`.',
		'Each step the reader reaches fires a `scrolly:step` event on the iframe, with `event.detail.id` and `event.detail.index`, for your analytics.',
		'Pages built with pym.js, AMP’s `<amp-iframe resizable>` and WordPress (paste the story’s address: it finds the oEmbed link) get a self-sizing iframe.',
		'The iframe may be sandboxed with `sandbox="allow-scripts allow-popups"`.',
		'Your page learns how far its reader has scrolled through the feature, and each step they reach; it cannot read anything else inside the iframe.'
	]
};

export type BuilderMessages = typeof en;
