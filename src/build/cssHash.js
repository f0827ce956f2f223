/**
 * Short scoping classes for the site's components. Svelte's default, `svelte-` and the hash of
 * the component's file, takes 14 characters with its space, on every element a component's
 * styles reach: about 4,800 of them, 70 KB, on the flagship story page. `s-` and four base-36
 * characters of the same hash take seven.
 *
 * Two components with the same short class would share each other's styles, so a clash stops
 * the build, naming both files. (Published components are compiled by the consumer's own
 * config: this only shapes the site's pages.)
 */

const SCOPE = 's-[a-z0-9]{4}';

/** A scoping class made by `shortCssHash`. */
export const SCOPED_CLASS = new RegExp(`^${SCOPE}$`);

/** A scoping class in a selector (`matchAll` copies it, so its `lastIndex` is never shared). */
const SCOPE_IN_SELECTOR = new RegExp(`\\.(${SCOPE})(?![\\w-])`, 'g');

/**
 * The scoping classes a CSS selector names.
 * @param {string} selector
 * @returns {string[]}
 */
export const scopesInSelector = (selector) =>
	[...selector.matchAll(SCOPE_IN_SELECTOR)].map((m) => /** @type {string} */ (m[1]));

/** Which component file owns each short class, for the whole build (SSR and browser alike). */
const owners = new Map();

/**
 * Svelte's `compilerOptions.cssHash`.
 * @param {{ css: string, filename: string | undefined, hash: (input: string) => string }} args
 * @returns {string}
 */
export function shortCssHash({ css, filename, hash }) {
	const key = !filename || filename === '(unknown)' ? css : filename;
	const name = `s-${hash(key).padStart(4, '0').slice(-4)}`;
	const owner = owners.get(name);
	if (owner !== undefined && owner !== key) {
		throw new Error(
			`${filename}: its scoping class ${name} is also that of ${owner}; change src/build/cssHash.js ` +
				'(e.g. take five characters of the hash) so that every component has its own'
		);
	}
	owners.set(name, key);
	return name;
}
