/**
 * No file of the package runs over 300 lines (issue 16): past that, a file holds more than one
 * idea, and a newcomer cannot find their way in it. Split it along a real seam: a child
 * component with its own markup and styles, a pure module beside it with its tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const MAX_LINES = 300;

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? files(path) : [path];
	});
}

/** Lines as `wc -l` counts them: newline characters. */
const lineCount = (text: string) => text.match(/\n/g)?.length ?? 0;

it('keeps every file in src/lib to 300 lines', () => {
	const all = files('src/lib');
	expect(all.length).toBeGreaterThan(100);
	const long = all
		.map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
		.filter(({ lines }) => lines > MAX_LINES)
		.map(({ file, lines }) => `${file}: ${lines} lines (at most ${MAX_LINES}); split it`);
	expect(long).toEqual([]);
});

it('counts lines as wc -l does', () => {
	expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([
		0, 1, 1, 2
	]);
});
