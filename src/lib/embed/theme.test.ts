import { describe, expect, it } from 'vitest';
import { applyTheme, THEME_SCRIPT, themeFromSearch } from './theme.js';

/** Runs the inline script against a fake location and root element. */
function runInlineScript(search: string): string | null {
	const attributes = new Map<string, string>();
	const documentElement = {
		setAttribute: (name: string, value: string) => attributes.set(name, value)
	};
	new Function('location', 'document', THEME_SCRIPT)({ search }, { documentElement });
	return attributes.get('data-theme') ?? null;
}

describe('the theme parameter', () => {
	it.each([
		['?theme=dark', 'dark'],
		['?theme=light', 'light'],
		['?childId=x&theme=dark&parentUrl=y', 'dark'],
		['?theme=auto', 'auto'],
		['?theme=DARK', 'auto'],
		['?theme=darkish', 'auto'],
		['?xtheme=dark', 'auto'],
		['', 'auto']
	] as const)('%s means %s, in the module and in the inline script alike', (search, theme) => {
		expect(themeFromSearch(search)).toBe(theme);
		expect(runInlineScript(search)).toBe(theme === 'auto' ? null : theme);
	});

	it('sets data-theme on the root, auto included: dark is only ever asked for', () => {
		const attributes = new Map<string, string>();
		const root = {
			setAttribute: (n: string, v: string) => attributes.set(n, v)
		} as unknown as HTMLElement;
		applyTheme(root, 'dark');
		expect(attributes.get('data-theme')).toBe('dark');
		applyTheme(root, 'auto');
		expect(attributes.get('data-theme')).toBe('auto');
	});
});
