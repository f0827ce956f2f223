/**
 * The gallery's plain-data example, used by the page (to draw it and show its code) and by its
 * +page.server.ts (to lay it out at build time). Plain arrays, nothing from a story.
 */
import type { NetworkHighlight, NetworkLink, NetworkNode, NetworkView } from '$lib/visuals/network';

export const nodes: NetworkNode[] = [
	{ id: 'levee', label: 'Delta Levee Co.', group: 'contractors', shape: 'square' },
	{ id: 'dredge', label: 'Gulf Dredging', group: 'contractors', shape: 'square' },
	{ id: 'ruiz', label: 'Mayor Ruiz', group: 'city-hall' },
	{ id: 'tan', label: 'Clerk Tan', group: 'city-hall' },
	{ id: 'okoro', label: 'Sen. Okoro', group: 'state' },
	{ id: 'fund', label: 'Flood Fund', group: 'state', shape: 'square' }
];

export const links: NetworkLink[] = [
	{ id: 'contract', source: 'ruiz', target: 'levee', label: 'signed contract', type: 'contract' },
	{ id: 'donation', source: 'levee', target: 'ruiz', label: 'donated to', type: 'money' },
	{ id: 'tan-ruiz', source: 'tan', target: 'ruiz', label: 'works for' },
	{ id: 'subcontract', source: 'levee', target: 'dredge', label: 'subcontracts', type: 'contract' },
	{ id: 'grant', source: 'fund', target: 'levee', label: 'paid', type: 'money' },
	{ id: 'okoro-fund', source: 'okoro', target: 'fund', label: 'oversees' },
	{
		id: 'okoro-dredge',
		source: 'okoro',
		target: 'dredge',
		label: 'former director',
		line: 'dashed',
		note: 'Claimed by a rival campaign.'
	}
];

/** What the demo's buttons bring forward; the server works out each one's picture. */
export const highlights: {
	label: string;
	highlight: NetworkHighlight | null;
	view: NetworkView;
}[] = [
	{ label: 'Everything', highlight: null, view: 'whole' },
	{ label: 'The contract', highlight: { links: ['contract', 'donation'] }, view: 'focus' },
	{ label: 'The money', highlight: { links: ['donation', 'grant'] }, view: 'whole' },
	{
		label: 'The senator',
		highlight: { nodes: ['okoro'], links: ['okoro-fund', 'okoro-dredge'] },
		view: 'focus'
	}
];
