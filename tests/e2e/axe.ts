/**
 * Axe for the end-to-end tests: WCAG 2.2 AA and best practices, violations as readable lines.
 */
import type { Result } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const asLines = (violations: Result[]) =>
	violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);

/**
 * Axe injected once into a page, then run as often as the test needs on parts of it. (The
 * builder above injects axe again on every run, which costs more than a run on a small part.)
 */
export async function axeInPage(page: Page): Promise<(within: string[]) => Promise<string[]>> {
	await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
	return async (within) =>
		asLines(
			await page.evaluate(
				async ({ within, tags }) => {
					const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
					const results = await axe.run(
						{ include: within.map((selector) => [selector]) },
						{ runOnly: { type: 'tag', values: tags }, iframes: false }
					);
					return results.violations;
				},
				{ within, tags: TAGS }
			)
		);
}

/** Axe on the whole page. Every iframe on our pages (the embed builder's previews) shows one of
 * our own pages, which the tests check on their own, so axe does not enter them. */
export async function violations(page: Page): Promise<string[]> {
	return (await axeInPage(page))(['html']);
}
