import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withStyleHashes } from './csp.js';

const sha = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const page = (policy: string, ...styles: string[]) =>
	`<html><head>${meta(policy)}${styles.map((s) => `<style>${s}</style>`).join('')}</head></html>`;

describe('withStyleHashes', () => {
	it.each([
		[
			'adds each inline style to style-src, keeping its sources and the other directives',
			"default-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'",
			['a{b:c}', '@font-face{x:y}'],
			`default-src 'self'; style-src 'self' ${sha('a{b:c}')} ${sha('@font-face{x:y}')}; style-src-attr 'unsafe-inline'`
		],
		[
			'adds style-src when the policy has none',
			"default-src 'self'",
			['a{}'],
			`default-src 'self'; style-src 'self' ${sha('a{}')}`
		],
		[
			'does not repeat a hash it already has',
			`style-src 'self' ${sha('a{}')}`,
			['a{}', 'a{}'],
			`style-src 'self' ${sha('a{}')}`
		]
	])('%s', (_case, policy, styles, expected) => {
		expect(withStyleHashes(page(policy, ...styles))).toBe(page(expected, ...styles));
	});

	it('leaves pages without inline styles or without a policy as they are', () => {
		const none = page("style-src 'self'");
		expect(withStyleHashes(none)).toBe(none);
		const noPolicy = '<html><head><style>a{}</style></head></html>';
		expect(withStyleHashes(noPolicy)).toBe(noPolicy);
	});
});
