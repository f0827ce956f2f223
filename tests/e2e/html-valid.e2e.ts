/**
 * The prerendered HTML is valid: every page of the build goes through the Nu HTML Checker
 * (vnu-jar, the W3C validator's engine; it needs Java, which .ci/run installs).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { builtPages } from './sitePages';

// The checker's CSS property list predates CSS anchor positioning, which the claim notes use
// (Chromium 125+, Safari 26); these two properties are valid CSS, the rest is checked.
const NEWER_THAN_THE_CHECKER = '.*“(anchor-name|position-anchor)”: Property .* doesn.t exist.*';

it('passes the Nu HTML Checker on every page, with no error', () => {
	const java = spawnSync('java', ['-version']);
	if (java.error) {
		throw new Error(
			'The HTML validator needs Java: sudo apt-get install -y default-jre-headless (bash .ci/run does it)'
		);
	}
	const jar = createRequire(import.meta.url).resolve('vnu-jar');
	const vnu = jar.replace(/vnu-jar\.js$/, 'build/dist/vnu.jar');
	const files = builtPages().map((page) => `build${page}index.html`);
	expect(files.length).toBeGreaterThan(2);
	const result = spawnSync(
		'java',
		[
			'-jar',
			vnu,
			'--errors-only',
			'--format',
			'text',
			'--filterpattern',
			NEWER_THAN_THE_CHECKER,
			...files
		],
		{ encoding: 'utf8' }
	);
	const output = (result.stdout + result.stderr).trim();
	const errors = output.split('\n').filter((line) => !/^Document checking completed/.test(line));
	expect(errors.filter(Boolean)).toEqual([]);
	expect(result.status).toBe(0);
}, 180_000);
