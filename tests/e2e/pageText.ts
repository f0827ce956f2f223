/**
 * The words a reader sees on a built page, read from its HTML without a browser: the text of
 * its body (not scripts, styles or templates), each run with the language it is marked in.
 */
import { parse } from 'parse5';

type Node = {
	nodeName: string;
	value?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	content?: Node;
};

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

/** Every text run of the page with the language of its nearest `lang`. */
export function textRuns(html: string): { lang: string; text: string }[] {
	const runs: { lang: string; text: string }[] = [];
	const walk = (node: Node, lang: string) => {
		if (SKIPPED.has(node.nodeName)) return;
		if (node.nodeName === '#text') {
			if (node.value?.trim()) runs.push({ lang, text: node.value });
			return;
		}
		const own = node.attrs?.find((a) => a.name === 'lang')?.value;
		for (const child of node.childNodes ?? []) walk(child, own ?? lang);
	};
	walk(parse(html) as unknown as Node, '');
	return runs;
}

/** Of the letters outside elements marked English, the share that are Cyrillic. */
export function cyrillicShare(html: string): { share: number; latinWords: string[] } {
	const text = textRuns(html)
		.filter((run) => !run.lang.startsWith('en'))
		.map((run) => run.text)
		.join(' ');
	const letters = text.match(/\p{L}/gu) ?? [];
	const cyrillic = letters.filter((l) => /\p{Script=Cyrillic}/u.test(l)).length;
	const latinWords = text.match(/\b\p{Script=Latin}{2,}\b/gu) ?? [];
	return { share: letters.length ? cyrillic / letters.length : 0, latinWords };
}
