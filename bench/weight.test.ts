import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fileForUrlPath, fileSizes, kindOf } from './weight';

const dir = mkdtempSync(join(tmpdir(), 'bench-weight-'));
mkdirSync(join(dir, 'story'));
writeFileSync(join(dir, 'story', 'index.html'), '<h1>Story</h1>');
writeFileSync(join(dir, 'about.html'), '<h1>About</h1>');
writeFileSync(join(dir, 'app.js'), 'console.log("hello, hello, hello, hello");');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('page weight helpers', () => {
	it('maps URL paths to built files the way the static server does', () => {
		expect(fileForUrlPath(dir, '/story/')).toBe(join(dir, 'story', 'index.html'));
		expect(fileForUrlPath(dir, '/about')).toBe(join(dir, 'about.html'));
		expect(fileForUrlPath(dir, '/app.js')).toBe(join(dir, 'app.js'));
		expect(fileForUrlPath(dir, '/missing.js')).toBeUndefined();
		expect(fileForUrlPath(dir, '/../etc/passwd')).toBeUndefined();
	});

	it('sizes a file raw and gzipped at level 9', () => {
		const file = join(dir, 'app.js');
		const content = 'console.log("hello, hello, hello, hello");';
		expect(fileSizes(file)).toEqual({
			raw: content.length,
			gzip: gzipSync(content, { level: 9 }).length
		});
	});

	it('sorts files by kind', () => {
		expect(kindOf('/_app/immutable/chunks/a.js')).toBe('js');
		expect(kindOf('/a.css')).toBe('css');
		expect(kindOf('/index.html')).toBe('html');
		expect(kindOf('/f.woff2')).toBe('font');
		expect(kindOf('/favicon.svg')).toBe('other');
	});
});
