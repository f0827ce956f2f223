import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleHostLoader } from './bundle.server';

describe('the host loader bundle (/embed.js)', () => {
	it('is one self-contained script under 1.6 KB gzipped', async () => {
		const code = await bundleHostLoader();
		const gzipped = gzipSync(code, { level: 9 }).length;
		console.log(`embed.js: ${code.length} B minified, ${gzipped} B gzipped`);
		expect(gzipped).toBeLessThan(1600);
		expect(code).not.toMatch(/\bimport\b|\brequire\(/);
		expect(code.startsWith('(()=>{')).toBe(true);
	});
});
