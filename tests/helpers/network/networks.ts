/**
 * Plain networks for the tests: one the size and shape of the flagship's (its sides, the three
 * men on the calls, a pair joined twice, Ukraine's side and the later U.S. officials), and a
 * small one. Not shipped (the package leaves out `test` folders).
 */
import type { NetworkLink, NetworkNode } from '$lib/visuals/network/types';

const node = (
	id: string,
	label: string,
	group: string,
	shape: NetworkNode['shape'] = 'circle'
) => ({
	id,
	label,
	group,
	shape
});

export const flagshipShape: { nodes: NetworkNode[]; links: NetworkLink[]; keep: string[] } = {
	nodes: [
		node('witkoff', 'Witkoff', 'us'),
		node('ushakov', 'Ushakov', 'russia'),
		node('dmitriev', 'Dmitriev', 'russia'),
		node('trump', 'Trump', 'us'),
		node('putin', 'Putin', 'russia'),
		node('zelensky', 'Zelensky', 'ukraine'),
		node('kushner', 'Kushner', 'us'),
		node('rubio', 'Rubio', 'us'),
		node('umerov', 'Umerov', 'ukraine'),
		node('yermak', 'Yermak', 'ukraine'),
		node('cheung', 'Cheung', 'us'),
		node('peskov', 'Peskov', 'russia'),
		node('popova', 'Popova', 'russia'),
		node('tikhonova', 'Tikhonova', 'russia'),
		node('rdif', 'RDIF', 'russia', 'square'),
		node('innopraktika', 'Innopraktika', 'russia', 'square'),
		node('kremlin', 'Kremlin', 'russia', 'square'),
		node('white-house', 'White House', 'us', 'square'),
		node('us-treasury', 'U.S. Treasury', 'us', 'square'),
		node('state-department', 'State Department', 'us', 'square')
	],
	links: [
		{ id: 'call-oct-14', source: 'witkoff', target: 'ushakov', label: 'call, Oct. 14' },
		{ id: 'call-oct-29', source: 'ushakov', target: 'dmitriev', label: 'call, Oct. 29' },
		{ id: 'call-oct-16', source: 'trump', target: 'putin', label: 'call, Oct. 16' },
		{ id: 'witkoff-envoy', source: 'witkoff', target: 'trump', label: 'special envoy of' },
		{ id: 'witkoff-friend', source: 'witkoff', target: 'trump', label: 'friends' },
		{ id: 'ushakov-aide', source: 'ushakov', target: 'putin', label: 'advises' },
		{ id: 'dmitriev-envoy', source: 'dmitriev', target: 'putin', label: 'special envoy of' },
		{ id: 'dmitriev-rdif', source: 'dmitriev', target: 'rdif', label: 'chief executive of' },
		{ id: 'miami-witkoff', source: 'dmitriev', target: 'witkoff', label: 'met' },
		{ id: 'miami-kushner', source: 'kushner', target: 'dmitriev', label: 'met' },
		{ id: 'kushner-trump', source: 'kushner', target: 'trump', label: 'son-in-law of' },
		{ id: 'zelensky-visit', source: 'zelensky', target: 'trump', label: 'met, Oct. 17' },
		{ id: 'rubio-state', source: 'rubio', target: 'state-department', label: 'leads' },
		{ id: 'rubio-trump', source: 'rubio', target: 'trump', label: 'works for' },
		{
			id: 'umerov-witkoff',
			source: 'umerov',
			target: 'witkoff',
			label: 'met',
			line: 'dotted',
			note: 'Disputed: Umerov: he says his role was technical.'
		},
		{ id: 'umerov-zelensky', source: 'umerov', target: 'zelensky', label: 'works for' },
		{ id: 'yermak-zelensky', source: 'yermak', target: 'zelensky', label: 'works for' },
		{ id: 'putin-kremlin', source: 'putin', target: 'kremlin', label: 'leads' },
		{ id: 'peskov-kremlin', source: 'peskov', target: 'kremlin', label: 'spokesman of' },
		{ id: 'trump-white-house', source: 'trump', target: 'white-house', label: 'leads' },
		{ id: 'cheung-white-house', source: 'cheung', target: 'white-house', label: 'spokesman of' },
		{ id: 'dmitriev-sanctioned', source: 'dmitriev', target: 'us-treasury', label: 'sanctioned' },
		{ id: 'rdif-sanctioned', source: 'rdif', target: 'us-treasury', label: 'sanctioned' },
		{ id: 'popova-sanctioned', source: 'popova', target: 'us-treasury', label: 'sanctioned' },
		{ id: 'dmitriev-popova', source: 'dmitriev', target: 'popova', label: 'married' },
		{ id: 'popova-innopraktika', source: 'popova', target: 'innopraktika', label: 'works for' },
		{ id: 'tikhonova-innopraktika', source: 'tikhonova', target: 'innopraktika', label: 'runs' },
		{ id: 'tikhonova-putin', source: 'tikhonova', target: 'putin', label: 'relative' },
		{ id: 'popova-tikhonova', source: 'popova', target: 'tikhonova', label: 'friends' }
	],
	keep: ['witkoff', 'ushakov', 'dmitriev']
};

/** Three nodes of a group no theme knows, a pair joined twice. */
export const smallNetwork: { nodes: NetworkNode[]; links: NetworkLink[] } = {
	nodes: [
		{ id: 'levee', label: 'Delta Levee Co.', group: 'contractors', shape: 'square' },
		{ id: 'mayor', label: 'Mayor Ruiz', group: 'city-hall' },
		{ id: 'clerk', label: 'Clerk Tan', group: 'city-hall' }
	],
	links: [
		{
			id: 'contract',
			source: 'mayor',
			target: 'levee',
			label: 'signed contract',
			type: 'contract'
		},
		{ id: 'donation', source: 'levee', target: 'mayor', label: 'donated to', type: 'money' },
		{ id: 'boss', source: 'clerk', target: 'mayor', label: 'works for' }
	]
};
