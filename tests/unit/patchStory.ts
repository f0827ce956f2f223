/**
 * Bad inputs as patches to one valid story (tests/fixtures/valid-minimal), applied to a copy in a
 * temporary folder: one fixture on disk instead of one broken copy per kind of problem.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_STORY = 'tests/fixtures/valid-minimal';

/**
 * One change to one file of the story: `[file, find, replace]` replaces the only occurrence of
 * `find` (the test fails if there is none, or more than one); `[file, null, text]` writes the
 * whole file.
 */
export type Patch = [file: string, find: string | null, replace: string];

/** Applies the patches to `dir`, a copy of the valid story. */
export function applyPatches(dir: string, patches: readonly Patch[]): void {
	for (const [file, find, replace] of patches) {
		const path = join(dir, file);
		if (find === null) {
			writeFileSync(path, replace);
			continue;
		}
		const text = readFileSync(path, 'utf8');
		const count = text.split(find).length - 1;
		if (count !== 1) throw new Error(`${file}: "${find}" occurs ${count} times; patch one place`);
		writeFileSync(
			path,
			text.replace(find, () => replace)
		);
	}
}

/** A temporary project folder; `story(slug, patches)` copies the valid story into it, patched. */
export function tempProject() {
	const root = mkdtempSync(join(tmpdir(), 'story-'));
	return {
		root,
		story(slug: string, patches: readonly Patch[] = []): string {
			const dir = join(root, slug);
			cpSync(VALID_STORY, dir, { recursive: true });
			applyPatches(dir, patches);
			return dir;
		},
		remove: () => rmSync(root, { recursive: true, force: true })
	};
}
