/**
 * Reads what a reader sees of a story.svx without compiling it: its prose, and the `<Claim>`s
 * in it with their attributes and the words they wrap. Shared by the content checks
 * (contentChecks.ts, recordChecks.ts). Pure.
 */
import type { ProvenanceRef } from '../model/claimProvenance';

/** Straight and typographic marks compare equal: only the words count. */
export function normalizeMarks(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** 1-based line of a position in a text. */
export const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export interface SvxClaim {
	line: number;
	ref: ProvenanceRef;
	/** The words the claim wraps, as written (with any markup inside). */
	text: string;
}

/** The `<Claim …>…</Claim>` elements of a story.svx, with their attributes and words. */
export function svxClaims(svx: string): SvxClaim[] {
	const claims: SvxClaim[] = [];
	for (const tag of svx.matchAll(/<Claim\b([^>]*)>([\s\S]*?)<\/Claim>/g)) {
		const ref: Record<string, unknown> = {};
		for (const attr of tag[1]!.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|\{([^}]*)\})/g)) {
			const [, name, text, expression] = attr;
			ref[name!] = text ?? (/^\d+$/.test(expression!.trim()) ? Number(expression) : expression);
		}
		claims.push({ line: lineAt(svx, tag.index), ref: ref as ProvenanceRef, text: tag[2]! });
	}
	return claims;
}

/** The reader's text of a story.svx: frontmatter title and dek, and the body without its
 * script and tags. Line numbers are kept. */
export function svxProse(svx: string): string {
	return svx
		.replace(/<script[\s\S]*?<\/script>/g, (m) => m.replace(/[^\n]/g, ' '))
		.replace(
			/^(summary|shareAlt|byline|kicker|published|updated|covers|factsCheckedThrough):.*$/gm,
			''
		)
		.replace(/<[^>]*>/g, (m) => m.replace(/[^\n]/g, ''));
}
