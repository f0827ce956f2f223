/**
 * A paragraph of a story.svx that begins with an inline component (`<Claim …>`) stays a
 * paragraph.
 *
 * Markdown reads a line that begins with a tag as a block of HTML: mdsvex passed such a
 * paragraph through bare, with no `<p>` and none of its markdown turned into HTML. On the
 * flagship that was the White House's and Trump's answers to the leak, which ran the full width
 * of the page, edge to edge on a phone, and the text of eight steps. This remark plugin parses
 * each such block again as a paragraph.
 */

/** The story components that draw phrasing content (a `<span>`), which may begin a paragraph. */
const INLINE_COMPONENTS = ['Claim', 'Translated'];

const STARTS_INLINE = new RegExp(`^<(?:${INLINE_COMPONENTS.join('|')})[\\s>/]`);

/**
 * @typedef {{ type: string; value?: string; children?: MdNode[] }} MdNode
 * @this {{ parse(text: string): MdNode }}
 */
export function remarkInlineParagraphs() {
	// The processor's own parser (mdsvex's), for the line read again.
	const parse = this.parse.bind(this);
	/** @param {MdNode} tree */
	return (tree) => {
		tree.children = tree.children?.flatMap((node) => {
			// Beginning with an inline component: a paragraph read as HTML.
			if (node.type !== 'html' || !STARTS_INLINE.test(node.value ?? '')) return [node];
			// A letter in front keeps the parser from reading the line as HTML; it is taken off.
			const parsed = parse(`x${node.value}`);
			const paragraph = parsed.children?.[0];
			const lead = paragraph?.children?.[0];
			// Anything but one paragraph (markup that is not a paragraph after all) stays as it was.
			if (parsed.children?.length !== 1 || paragraph?.type !== 'paragraph') return [node];
			if (lead?.type !== 'text' || !lead.value?.startsWith('x')) return [node];
			lead.value = lead.value.slice(1);
			if (!lead.value) paragraph.children?.shift();
			return [paragraph];
		});
	};
}
