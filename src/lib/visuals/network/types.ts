/**
 * The network as plain data: what a designer passes to `<Network>`, and what the build-time
 * layout (`layoutNetworks`, Node only) reads. No dependencies, so both sides import it freely.
 */

/** A person, an organization, anything that can be tied to something else. */
export interface NetworkNode {
	/** Unique id, referred to by links and highlights. */
	id: string;
	/** The words drawn beside the node: keep them short ("Witkoff", "RDIF"). */
	label: string;
	/** Which side or cluster it belongs to, any string ("us", "council"); picks its colour. */
	group?: string;
	/** Its full name, for screen readers and the explorer (defaults to `label`). */
	name?: string;
	/** Circle (default, people) or square (organizations). */
	shape?: 'circle' | 'square';
	/** Filled (default), or hollow with a dashed or double outline (known only through claims). */
	marker?: 'filled' | 'dashed' | 'double';
}

/** A tie between two nodes. Two links may join the same pair: they are drawn apart. */
export interface NetworkLink {
	/** Unique id, for highlights (defaults to `source~target~index`). */
	id?: string;
	/** Id of the node at one end. */
	source: string;
	/** Id of the node at the other end. */
	target: string;
	/** The words drawn on the line when it is highlighted ("envoy", "call, Oct. 14"). */
	label?: string;
	/** What kind of tie it is, any string ("call", "funds"); picks its colour if mapped. */
	type?: string;
	/** Solid (default), dashed (a claim) or dotted (disputed). */
	line?: 'solid' | 'dashed' | 'dotted';
	/** A note the picture numbers on the line and writes out beneath ("Claimed by …"). */
	note?: string;
}

/** What to bring forward. Nodes at both ends of a highlighted link are brought forward too. */
export interface NetworkHighlight {
	nodes?: readonly string[];
	links?: readonly string[];
}

/**
 * How the picture frames what it brings forward:
 * - `whole`: the whole network, every node labelled;
 * - `focus`: the camera moves in on the highlighted part (and the nodes in `keep`).
 */
export type NetworkView = 'whole' | 'focus';

/** One entry of the key above the picture. */
export type NetworkLegendItem =
	| { kind: 'group'; group: string; label: string }
	| { kind: 'shape'; shape: 'circle' | 'square'; marker?: NetworkNode['marker']; label: string }
	| { kind: 'line'; line: NonNullable<NetworkLink['line']>; label: string };
