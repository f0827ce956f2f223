/**
 * Reads a Chromium NetLog (--log-net-log) to tell what the browser tried to reach beyond this
 * machine, and whether anything actually answered.
 */

export interface NetLogSummary {
	/** Hosts other than this machine that a request was started for. */
	attemptedHosts: string[];
	/** Of those, hosts that sent back response headers: something was downloaded. */
	answeredHosts: string[];
	/** DNS queries sent to a name server (none when every name is resolved locally). */
	dnsQueries: number;
}

const LOCAL_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/i;

/** Chromium leaves the file unterminated when it is killed, as Lighthouse does. */
export function parseNetLog(text: string): {
	constants: { logEventTypes: Record<string, number> };
	events: { type: number; source: { id: number }; params?: Record<string, unknown> }[];
} {
	let json = text.trimEnd();
	if (!json.endsWith(']}')) json = json.replace(/,$/, '') + ']}';
	return JSON.parse(json);
}

export function summarizeNetLog(text: string): NetLogSummary {
	const log = parseNetLog(text);
	const names = new Map(
		Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name])
	);
	const urlOf = new Map<number, string>();
	const answered = new Set<number>();
	let dnsQueries = 0;
	for (const event of log.events) {
		const name = names.get(event.type);
		const params = event.params ?? {};
		if (typeof params.url === 'string') urlOf.set(event.source.id, params.url);
		if (name === 'HTTP_TRANSACTION_READ_RESPONSE_HEADERS') answered.add(event.source.id);
		if (
			name === 'SOCKET_CONNECT' &&
			typeof params.address === 'string' &&
			params.address.endsWith(':53')
		) {
			dnsQueries++;
		}
	}
	const attempted = new Set<string>();
	const answeredHosts = new Set<string>();
	for (const [source, url] of urlOf) {
		let host: string;
		try {
			const parsed = new URL(url);
			if (!/^(https?|wss?):$/.test(parsed.protocol)) continue;
			host = parsed.hostname;
		} catch {
			continue;
		}
		if (LOCAL_HOST.test(host)) continue;
		attempted.add(host);
		if (answered.has(source)) answeredHosts.add(host);
	}
	return {
		attemptedHosts: [...attempted].sort(),
		answeredHosts: [...answeredHosts].sort(),
		dnsQueries
	};
}
