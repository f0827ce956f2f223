/**
 * `npm run new-story -- <slug>`: the story it writes passes the loader as it is, and a slug it
 * must refuse is refused with a clear message, a non-zero exit, and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectStory } from '../../src/lib/build/loader';
import { createStory, MAX_SLUG_LENGTH, parseCommandLine } from '../../scripts/new-story';

let root: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'new-story-'));
	mkdirSync(join(root, 'stories'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function newStory(...args: string[]) {
	return spawnSync('npx', ['tsx', 'scripts/new-story.ts', ...args, '--root', root], {
		encoding: 'utf8'
	});
}

describe('new-story', () => {
	it('writes a story that the loader accepts as it is', () => {
		const result = newStory('bridge-vote', '--title', 'How the bridge vote was won');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('stories/bridge-vote/story.svx');
		const { story, problems } = inspectStory(join(root, 'stories/bridge-vote'), root);
		expect(problems).toEqual([]);
		expect(story!.meta.title).toBe('How the bridge vote was won');
		expect(story!.sections.map((s) => s.visual)).toEqual(['timeline']);
		expect(story!.sections[0]!.steps).toHaveLength(3);
		expect(story!.events).toHaveLength(3);
		expect(readdirSync(join(root, 'stories/bridge-vote/data')).sort()).toEqual([
			'events.yaml',
			'sections.yaml',
			'sources.yaml'
		]);
	}, 30_000);

	it.each([
		['Bridge_Vote', /"Bridge_Vote" is not a valid slug: .*kebab-case.*e\.g\. "bridge-vote"/],
		['bridge--vote', /is not a valid slug/],
		['components', /"components" is reserved for the site's own pages/],
		['embed', /"embed" is reserved/],
		['', /Give the new story a slug/],
		...['con', 'nul', 'aux', 'prn', 'com1', 'com9', 'lpt1', 'lpt9'].map(
			(name) =>
				[
					name,
					new RegExp(`^"${name}" is a device name on Windows, where its folder cannot be created`)
				] as [string, RegExp]
		),
		[
			'a'.repeat(299),
			/^the slug is 299 characters long; use at most 119, so that the ids made from it stay within 128$/
		],
		['a'.repeat(120), /^the slug is 120 characters long; use at most 119/]
	])('refuses %j and writes nothing', (slug, message) => {
		expect(() => createStory({ slug, root })).toThrow(message);
		expect(readdirSync(join(root, 'stories'))).toEqual([]);
	});

	it('accepts the longest slug, and every id made from it stays within 128 characters', () => {
		const slug = 'a'.repeat(MAX_SLUG_LENGTH);
		createStory({ slug, root, today: '2026-04-23' });
		const { story, problems } = inspectStory(join(root, 'stories', slug), root);
		expect(problems).toEqual([]);
		const ids = story!.sections.flatMap((s) => [s.id, ...s.steps.map((step) => step.id)]);
		expect(Math.max(...ids.map((id) => id.length))).toBe(128);
	});

	it.each([
		[['-x'], 'unknown option -x'],
		[['my-story', '--colour', 'red'], 'unknown option --colour'],
		[['my-story', '--title'], '--title needs a value'],
		[['my', 'story'], 'expected one slug, found 2 (my story)']
	])('refuses the command line %j in one line, with the usage', (args, reason) => {
		expect(() => parseCommandLine(args)).toThrow(
			new Error(`${reason}; usage: npm run new-story -- <slug> [--title "The headline"]`)
		);
	});

	it('says so in one line for an unknown option, with no stack, writing nothing', () => {
		const result = newStory('-x');
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			'new-story: unknown option -x; usage: npm run new-story -- <slug> [--title "The headline"]\n'
		);
		expect(result.stdout).toBe('');
		expect(readdirSync(join(root, 'stories'))).toEqual([]);
	}, 30_000);

	it('exits non-zero with the reason on the command line, writing nothing', () => {
		const result = newStory('Bridge Vote');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^new-story: "Bridge Vote" is not a valid slug/);
		expect(result.stdout).toBe('');
		expect(readdirSync(join(root, 'stories'))).toEqual([]);
	}, 30_000);

	it('refuses a slug already used by a story, leaving that story as it was', () => {
		cpSync('tests/fixtures/stories/harbour-vote', join(root, 'stories/harbour-vote'), {
			recursive: true
		});
		const folder = join(root, 'stories/harbour-vote');
		const contents = () =>
			readdirSync(folder, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => {
					const path = join(entry.parentPath, entry.name);
					return [path, readFileSync(path, 'utf8')];
				})
				.sort();
		const before = contents();
		expect(() => createStory({ slug: 'harbour-vote', root })).toThrow(
			/"harbour-vote" is already used by stories\/harbour-vote/
		);
		expect(contents()).toEqual(before);
		expect(inspectStory(join(root, 'stories/harbour-vote'), root).problems).toEqual([]);
	});
});
