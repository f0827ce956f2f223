import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress';

describe('precompress', () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true })));

	it('writes a gzipped copy beside every text file, in sub-folders too, and none beside images', () => {
		const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'story'));
		writeFileSync(join(dir, 'story', 'index.html'), '<p>Hello</p>'.repeat(100));
		writeFileSync(join(dir, 'app.js'), 'console.log(1);');
		writeFileSync(join(dir, 'photo.png'), Buffer.from([137, 80, 78, 71]));

		expect(precompress(dir)).toBe(2);
		const html = join(dir, 'story', 'index.html');
		expect(gunzipSync(readFileSync(`${html}.gz`)).toString()).toBe(readFileSync(html, 'utf8'));
		expect(existsSync(join(dir, 'app.js.gz'))).toBe(true);
		expect(existsSync(join(dir, 'photo.png.gz'))).toBe(false);
	});
});
