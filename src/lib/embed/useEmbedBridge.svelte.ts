/**
 * Runes wrapper around the iframe's bridge (childBridge.ts) for the embed routes: gives them a
 * reactive scrolly environment to pass to `setScrollyEnvironment`.
 *
 * The environment starts `stacked` (on the server too, so the prerendered page is the stacked
 * layout and a frame without a host loader never shows a half-built sticky one). It becomes
 * `auto` when a host loader asks for `sticky`, or when the page is not framed at all.
 */
import type { ScrollyEnvironment } from '../scrolly/types';
import { startEmbedChild, type EmbedChild, type EmbedChildOptions } from './childBridge';

export interface EmbedBridge {
	/** Pass to setScrollyEnvironment(). */
	environment: ScrollyEnvironment;
	/** Reports the step a reader moved to, for pages that step without scrolling. */
	reportStep(id: string, index: number): void;
	/** Holds the height reports until the page's layout for the new mode is built (childBridge). */
	settling(done: Promise<unknown>): void;
}

export function useEmbedBridge(options: Pick<EmbedChildOptions, 'stepIds'> = {}): EmbedBridge {
	let mode = $state<ScrollyEnvironment['mode']>('stacked');
	let child: EmbedChild | undefined;

	$effect(() => {
		child = startEmbedChild({
			...options,
			onmode(next) {
				mode = next === 'stacked' ? 'stacked' : 'auto';
			}
		});
		return () => {
			child?.destroy();
			child = undefined;
		};
	});

	return {
		environment: {
			get mode() {
				return mode;
			},
			scrollToStep(step) {
				if (child) child.scrollToStep(step);
				else step.scrollIntoView({ block: 'start' });
			}
		},
		reportStep(id, index) {
			child?.reportStep(id, index);
		},
		settling(done) {
			child?.settling(done);
		}
	};
}
