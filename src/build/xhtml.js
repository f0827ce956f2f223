/**
 * HTML to well-formed XML, for markup that goes inside an SVG file (a still's
 * `<foreignObject>`). parse5 parses the HTML as a browser does, including the SVG elements
 * inside it; this writes the tree back as XML, each element in its namespace.
 */
import { parseFragment } from 'parse5';

const NS = {
	html: 'http://www.w3.org/1999/xhtml',
	svg: 'http://www.w3.org/2000/svg',
	mathml: 'http://www.w3.org/1998/Math/MathML',
	xlink: 'http://www.w3.org/1999/xlink',
	xml: 'http://www.w3.org/XML/1998/namespace'
};

/** Characters XML does not allow, even escaped (control characters but tab, LF and CR). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** @param {string} text */
const escapeText = (text) =>
	text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** @param {string} text */
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');

/**
 * @typedef {{ name: string; value: string; prefix?: string; namespace?: string }} Attribute
 * @typedef {{ nodeName: string; tagName?: string; namespaceURI?: string; attrs?: Attribute[];
 *   childNodes?: Node[]; value?: string; data?: string; content?: Node }} Node
 */

/**
 * Serializes an HTML fragment as XML. The outermost elements get the XHTML namespace, and every
 * element whose namespace differs from its parent's (an inline `<svg>`) declares its own.
 * Comments are dropped: in a still they are only Svelte's hydration markers.
 * @param {string} html
 * @returns {string}
 */
export function htmlToXml(html) {
	const fragment = /** @type {Node} */ (/** @type {unknown} */ (parseFragment(html)));
	return (fragment.childNodes ?? []).map((node) => serialize(node, '')).join('');
}

/**
 * An element's start tag in XHTML, for wrappers built around serialized content.
 * @param {string} tag
 * @param {Attribute[]} attributes
 * @param {boolean} [declareNamespace] write `xmlns` (the outermost element)
 */
export function xhtmlStartTag(tag, attributes, declareNamespace = false) {
	const ns = declareNamespace ? ` xmlns="${NS.html}"` : '';
	return `<${tag}${ns}${attributes.map(attribute).join('')}>`;
}

/**
 * @param {Node} node
 * @param {string} parentNamespace
 * @returns {string}
 */
function serialize(node, parentNamespace) {
	if (node.nodeName === '#text') return escapeText(node.value ?? '');
	if (node.nodeName === '#comment' || node.nodeName === '#documentType') return '';
	const tag = /** @type {string} */ (node.tagName);
	const namespace = node.namespaceURI ?? NS.html;
	const declare = namespace !== parentNamespace ? ` xmlns="${namespace}"` : '';
	const attributes = (node.attrs ?? []).map(attribute).join('');
	// A <template>'s children live in its content fragment.
	const children = (node.content ?? node).childNodes ?? [];
	if (children.length === 0) return `<${tag}${declare}${attributes}/>`;
	const inner = children.map((child) => serialize(child, namespace)).join('');
	return `<${tag}${declare}${attributes}>${inner}</${tag}>`;
}

/** @param {Attribute} a */
function attribute(a) {
	if (a.namespace === NS.xlink) return ` xmlns:xlink="${NS.xlink}" xlink:${a.name}="${escapeAttribute(a.value)}"`;
	if (a.namespace === NS.xml) return ` xml:${a.name}="${escapeAttribute(a.value)}"`;
	// An attribute name XML cannot carry (HTML accepts almost any) would make the file unreadable.
	if (!/^[A-Za-z_][\w.-]*$/.test(a.name)) return '';
	return ` ${a.name}="${escapeAttribute(a.value)}"`;
}
