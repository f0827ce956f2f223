/**
 * The embed's `theme` query parameter: `light`, `dark` or `auto` (the reader's system setting,
 * also the default). It sets `data-theme` on <html>, which the tokens in ui/theme.css follow.
 *
 * Embed pages are prerendered, so the parameter can only be read in the browser. To avoid a
 * flash of the wrong theme, THEME_SCRIPT runs inline in <head>, before the first paint. The
 * site's CSP (kit.csp, mode 'hash') only hashes SvelteKit's own scripts, so svelte.config.js
 * adds this script's sha256 to `script-src` (computed from this very string).
 *
 * Plain JavaScript so that svelte.config.js can import it.
 */

/** @typedef {'light' | 'dark' | 'auto'} EmbedTheme */

/**
 * The theme asked for in a query string; anything unknown means `auto`.
 * @param {string} search
 * @returns {EmbedTheme}
 */
export function themeFromSearch(search) {
	const theme = new URLSearchParams(search).get('theme');
	return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

/**
 * Sets `data-theme` on the root element. The tokens are light unless a page asks for dark, so
 * `auto` is asked for too (src/app.html already carries it).
 * @param {HTMLElement} root
 * @param {EmbedTheme} theme
 */
export function applyTheme(root, theme) {
	root.setAttribute('data-theme', theme);
}

/** The same as applyTheme(themeFromSearch(location.search)), inline in <head>, where `auto` needs
 * nothing: it is app.html's own value. */
export const THEME_SCRIPT =
	"(function(){var t=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);if(t)document.documentElement.setAttribute('data-theme',t[1])})()";
