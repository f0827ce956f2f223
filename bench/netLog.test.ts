import { describe, expect, it } from 'vitest';
import { summarizeNetLog } from './netLog';

const constants = {
	logEventTypes: {
		REQUEST_ALIVE: 1,
		HTTP_TRANSACTION_READ_RESPONSE_HEADERS: 2,
		SOCKET_CONNECT: 3
	}
};

function netLog(events: object[], terminated = true): string {
	const text = `{"constants":${JSON.stringify(constants)},\n"events": [\n${events.map((e) => JSON.stringify(e) + ',\n').join('')}`;
	return terminated ? text.replace(/,\n$/, '\n') + ']}' : text;
}

describe('summarizeNetLog', () => {
	it('separates attempts from answers and counts DNS queries, even when Chromium was killed', () => {
		const text = netLog(
			[
				{ type: 1, source: { id: 1 }, params: { url: 'https://update.googleapis.com/x' } },
				{ type: 1, source: { id: 2 }, params: { url: 'http://127.0.0.1:4173/american-plan/' } },
				{ type: 2, source: { id: 2 }, params: {} },
				{ type: 1, source: { id: 3 }, params: { url: 'https://cdn.example.com/font.woff2' } },
				{ type: 2, source: { id: 3 }, params: {} },
				{ type: 3, source: { id: 4 }, params: { address: '10.0.0.53:53' } },
				{ type: 1, source: { id: 5 }, params: { url: 'data:text/plain,hi' } }
			],
			false
		);
		expect(summarizeNetLog(text)).toEqual({
			attemptedHosts: ['cdn.example.com', 'update.googleapis.com'],
			answeredHosts: ['cdn.example.com'],
			dnsQueries: 1
		});
	});

	it('finds nothing in a local-only log', () => {
		const text = netLog([
			{ type: 1, source: { id: 1 }, params: { url: 'http://127.0.0.1:1/' } },
			{ type: 2, source: { id: 1 }, params: {} }
		]);
		expect(summarizeNetLog(text)).toEqual({ attemptedHosts: [], answeredHosts: [], dnsQueries: 0 });
	});
});
