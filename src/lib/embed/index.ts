/**
 * The embed protocol, for a page that runs inside a publisher's iframe: the child bridge that
 * reports its height and steps and, once the host's loader answers, lets the host page do the
 * scrolling; and the protocol's messages, for a host that wants to speak it itself. The site's
 * `/embed/` routes use exactly this; the loader a publisher pastes is `/embed.js`.
 */
export {
	startEmbedChild,
	type ChildMode,
	type EmbedChild,
	type EmbedChildOptions
} from './childBridge';
export {
	message,
	parseChildMessage,
	parseHostMessage,
	type ChildMessage,
	type EmbedMode,
	type HostMessage
} from './protocol';
