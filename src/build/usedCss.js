/**
 * The rules of a stylesheet that a piece of markup uses, found by Beasties (a library made to
 * inline critical CSS): it keeps each rule whose selector matches an element of the document
 * (pseudo-classes and states included), the custom properties of `:root`, and the `@media`
 * and `@supports` blocks around them. Used for the stills (each carries the rules its graphic
 * needs) and for a page's critical CSS (the rules of what the reader sees first).
 */
import Beasties from 'beasties';

const beasties = new Beasties({
	// Font faces are handled on their own (fonts.js, stills.js); keyframes only if used.
	fonts: false,
	keyframes: 'critical',
	// Beasties strips pseudo-classes before matching, which leaves nothing of a selector made of
	// them only (`:root:not([data-theme='light'])`, the dark theme's tokens; `:focus-visible`):
	// it would drop those rules. Keep every rule whose selector starts with one.
	allowRules: [/^:/],
	compress: true,
	logLevel: 'silent'
});

/**
 * @param {string} css the whole stylesheet
 * @param {string} document an HTML document (or its beginning: unclosed elements are closed)
 *   without stylesheets of its own
 * @returns {Promise<string>} the rules `document` uses, minified
 */
export async function usedCss(css, document) {
	// Beasties reduces the <style> elements of a document to the rules the document uses.
	const withStyle = document.replace(/<head\b[^>]*>/i, (head) => `${head}<style>${css}</style>`);
	if (withStyle === document) throw new Error('usedCss: the document has no <head>');
	const out = await beasties.process(withStyle);
	return /<style>([\s\S]*?)<\/style>/.exec(out)?.[1] ?? '';
}
