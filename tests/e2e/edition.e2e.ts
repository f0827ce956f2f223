/**
 * The Ukrainian edition of the flagship, read from the built site without a browser (fast):
 * its language, its links to the English edition and back, its words (Cyrillic, its own status
 * words and dates), the calls' lines in translation with the English original beside each, its
 * share card, oEmbed and embeds, and its place on the index. axe checks its pages with every
 * other page of the site (a11y.e2e.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/build/loader';
import { cyrillicShare, textRuns } from './pageText';

const read = (path: string) => readFileSync(`build/${path}`, 'utf8');
const page = read('uk/american-plan/index.html');
const english = loadStory('stories/american-plan');

describe('the Ukrainian edition', () => {
	it('is in Ukrainian, and links the English edition and back with hreflang', () => {
		expect(page).toMatch(/^<!doctype html>\s*(<!--[^]*?-->\s*)?<html lang="uk"/i);
		const alternates = (html: string) =>
			[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
				([, lang, href]) => `${lang} ${new URL(href!).pathname}`
			);
		const both = ['en /american-plan/', 'uk /uk/american-plan/', 'x-default /american-plan/'];
		expect(alternates(page)).toEqual(both);
		expect(alternates(read('american-plan/index.html'))).toEqual(both);
	});

	it('is written in Cyrillic: at least 70% of the letters outside the English originals', () => {
		const { share } = cyrillicShare(page);
		expect(share).toBeGreaterThanOrEqual(0.7);
		// The measure counts what it should: the English page scores none.
		expect(cyrillicShare(read('american-plan/index.html')).share).toBeLessThan(0.01);
		// The publisher's byline in Ukrainian; its name, in English, says so.
		expect(page).toMatch(/<p class="byline[^>]*>\s*(<!--[^>]*-->)?<span class="by[^>]*>Редакція /);
		expect(page).toMatch(/<a class="site-name[^"]*"[^>]* lang="en"/);
		expect(read('american-plan/index.html')).not.toMatch(/<a class="site-name[^>]* lang=/);
	});

	it('gives statuses and dates in Ukrainian', () => {
		const text = textRuns(page)
			.filter((run) => !run.lang.startsWith('en'))
			.map((run) => run.text)
			.join(' ');
		for (const word of ['Задокументовано', 'Повідомлено', 'Стверджується', 'Заперечується'])
			expect(text).toContain(word);
		expect(text).toContain('5 грудня 2026');
		expect(text).toContain('14 жовтня');
		expect(text).not.toMatch(/\b(Documented|Reported|Claimed|Disputed)\b/);
		expect(text).not.toMatch(/\b(Oct|Nov|Dec)\. \d/);
	});

	it('shows each verbatim line of the calls in translation, marked, with the English original beside it', () => {
		const lines = english.calls.flatMap((call) => call.lines.filter((l) => l.kind === 'verbatim'));
		expect(lines.length).toBeGreaterThan(5);
		// The story page leaves its pinned graphics to the browser; the whole story as an embed is
		// stacked from the server on, every step's graphic drawn in its HTML.
		const stacked = read('embed/uk/american-plan/index.html');
		for (const line of lines) {
			const item = new RegExp(`<li class="line[^"]*"[^>]*data-line="${line.id}"[^]*?</li>`).exec(
				stacked
			);
			expect(item, line.id).not.toBeNull();
			expect(item![0]).toContain('Переклад');
			const original = /<p lang="en"[^>]*>(.*?)<\/p>/.exec(item![0])?.[1] ?? '';
			// The original, typeset: straight apostrophes curled.
			expect(original.replace(/’/g, "'")).toBe(`“${line.text.replace(/’/g, "'")}”`);
		}
	});

	it('has its own share card, oEmbed and embeds, and is on the index', () => {
		expect(existsSync('build/uk/american-plan/share.png')).toBe(true);
		expect(page).toContain('/uk/american-plan/share.png"');
		const oembed = JSON.parse(read('embed/uk/american-plan/oembed.json'));
		expect(oembed.title).toMatch(/^Хто написав план/);
		expect(oembed.html).toContain('/embed/uk/american-plan/');
		for (const visual of ['timeline', 'transcript', 'draft-path', 'network']) {
			const embed = read(`embed/uk/american-plan/${visual}/index.html`);
			expect(embed).toMatch(/<html lang="uk"/);
			expect(JSON.parse(read(`embed/uk/american-plan/${visual}/oembed.json`)).html).toContain(
				`/embed/uk/american-plan/${visual}/`
			);
		}
		expect(read('embed/uk/american-plan/index.html')).toMatch(/<html lang="uk"/);
		// Its embed builder, in Ukrainian, offers the edition's own embeds.
		const builder = read('uk/american-plan/embed/index.html');
		expect(builder).toMatch(/<html lang="uk"/);
		for (const words of ['Копіювати код', 'Нотатки для ваших розробників', 'Хронологія'])
			expect(builder).toContain(words);
		expect(builder).not.toMatch(/Copy code|Notes for your developers|The whole feature/);
		const previews = [...builder.matchAll(/<iframe[^>]* src="([^"]+)"/g)].map(([, src]) => src);
		expect(previews).toEqual([
			'../../../embed/uk/american-plan/?theme=light',
			...['timeline', 'transcript', 'draft-path', 'network'].map(
				(visual) => `../../../embed/uk/american-plan/${visual}/?theme=light`
			)
		]);
		expect(builder).toContain('https://graphics.example.com/embed/uk/american-plan/timeline/');
		expect(read('index.html')).toMatch(/<li lang="uk"[^>]*>[^]*?href="[^"]*uk\/american-plan\/"/);
	});
});
