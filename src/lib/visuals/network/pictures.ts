/**
 * A picture of a network, worked out at build time (Node only, exported with `layoutNetworks`)
 * so that the reader's browser only looks it up. A story's are made in prepareStory.ts.
 */
import { compactPicture, focusState, type FocusOptions } from './focusState.js';
import { graphModel } from './graphModel.js';
import type { NetworkLayouts, NetworkPicture } from './layoutTypes.js';
import type { NetworkHighlight, NetworkLink, NetworkNode } from './types.js';

/**
 * What `<Network>` shows for `highlight`, beyond its positions: pass it as its `picture`, with
 * the same highlight, `view`, `keep` and `linkLabels`.
 */
export function networkPicture(
	nodes: readonly NetworkNode[],
	links: readonly NetworkLink[],
	positions: NetworkLayouts,
	highlight: NetworkHighlight | null,
	options: FocusOptions = {}
): NetworkPicture {
	return compactPicture(focusState(graphModel(nodes, links, positions), highlight, options));
}
