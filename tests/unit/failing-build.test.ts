/**
 * A broken story must stop the build with a message that names the file and the field, and
 * must leave no site behind. This runs the real build (it fails within seconds, at its start).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('fails on a deleted required field, names file and field, and writes nothing', () => {
	const temp = mkdtempSync(join(tmpdir(), 'broken-story-'));
	try {
		const stories = join(temp, 'stories');
		cpSync('stories/american-plan', join(stories, 'american-plan'), { recursive: true });
		const file = join(stories, 'american-plan/data/entities.yaml');
		const text = readFileSync(file, 'utf8');
		const broken = text.replace('    role: U.S. special envoy\n', '');
		expect(broken).not.toBe(text);
		writeFileSync(file, broken);

		const out = join(temp, 'site');
		const result = spawnSync('npx', ['vite', 'build'], {
			encoding: 'utf8',
			env: { ...process.env, SCROLLY_STORIES: stories, SCROLLY_OUT: out }
		});
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		expect(output).toMatch(
			/american-plan\/data\/entities\.yaml:\d+: entities\[0\]\.role: is required \(expected text\)/
		);
		expect(output).toContain('Nothing was built.');
		expect(existsSync(out)).toBe(false);
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
}, 60_000);
