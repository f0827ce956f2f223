/**
 * Checks a built site for addresses a publisher must never ship: no "localhost" or 127.0.0.1 in
 * any of its text files, and the configured origin in the canonical link of its story pages (so
 * the check cannot pass on a build that ignored PUBLIC_SITE_URL). The test command runs it on
 * the build it already makes for the end-to-end tests.
 *
 *   tsx scripts/check-build-addresses.ts <build dir> <origin>
 *
 * Exits 1 with one line per problem: the file, the line and what was found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const TEXT = /\.(html|json|js|css|xml|txt|svg|webmanifest)$|(^|\/)_headers$/;
const LOCAL = /localhost|127\.0\.0\.1/g;

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else if (TEXT.test(path)) yield path;
	}
}

export function addressProblems(dir: string, origin: string): string[] {
	const problems: string[] = [];
	let canonical = 0;
	for (const file of files(dir)) {
		const text = readFileSync(file, 'utf8');
		const name = relative(dir, file);
		for (const match of text.matchAll(LOCAL)) {
			const line = text.slice(0, match.index).split('\n').length;
			const around = text
				.slice(Math.max(0, match.index - 40), match.index + 40)
				.replace(/\s+/g, ' ');
			problems.push(`${name}:${line}: "${match[0]}" in …${around}…`);
		}
		if (file.endsWith('.html') && text.includes(`<link rel="canonical" href="${origin}/`))
			canonical++;
	}
	if (!canonical)
		problems.push(
			`no page has a canonical link on ${origin}: was the site built with PUBLIC_SITE_URL=${origin}?`
		);
	return problems;
}

const [dir, origin] = process.argv.slice(2);
if (!dir || !origin) {
	console.error('usage: tsx scripts/check-build-addresses.ts <build dir> <origin>');
	process.exit(2);
}
const problems = addressProblems(dir, origin.replace(/\/$/, ''));
if (problems.length) {
	console.error(`${dir}: ${problems.length} address problem(s):\n${problems.join('\n')}`);
	process.exit(1);
}
console.log(`${dir}: every address is on ${origin}; no localhost.`);
