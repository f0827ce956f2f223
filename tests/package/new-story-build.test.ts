/**
 * A story scaffolded by `npm run new-story` builds at once and appears on the index, with no
 * other change: the real site build, with only the new story in its story folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createStory } from '../../scripts/new-story';

const temp = mkdtempSync(join(tmpdir(), 'new-story-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

it('builds the scaffolded story and lists it on the index', () => {
	mkdirSync(join(temp, 'stories'));
	createStory({ slug: 'river-crossing', title: 'Who paid for the river crossing', root: temp });
	const out = join(temp, 'site');
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build'], {
		encoding: 'utf8',
		env: { ...process.env, SCROLLY_STORIES: join(temp, 'stories'), SCROLLY_OUT: out }
	});
	console.log(`site build with the new story: ${Math.round(performance.now() - started)} ms`);
	expect(result.status, result.stdout + result.stderr).toBe(0);

	const index = readFileSync(join(out, 'index.html'), 'utf8');
	expect(index).toContain('Who paid for the river crossing');
	expect(index).toMatch(/href="[^"]*river-crossing\/"/);
	const page = readFileSync(join(out, 'river-crossing/index.html'), 'utf8');
	expect(page).toMatch(/<h1[^>]*>Who paid for the river crossing<\/h1>/);
	for (const id of ['river-crossing-first', 'river-crossing-second', 'river-crossing-third'])
		expect(page).toContain(`id="${id}"`);
	expect(page).toContain('Replace with what happened first');
});
