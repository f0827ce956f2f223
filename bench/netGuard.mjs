/**
 * Preloaded into the Lighthouse process (node --import) by the benchmark: records every
 * outgoing TCP connection that is not to this machine, so the bench can prove that Lighthouse
 * downloaded nothing. It only observes; it does not block. Lines go to $BENCH_NET_LOG.
 */
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.BENCH_NET_LOG;
const LOCAL = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function (...args) {
	try {
		// Node calls connect either with already normalized arguments or as the public API does.
		const first = args[0];
		const options = Array.isArray(first)
			? first[0]
			: typeof first === 'object' && first
				? first
				: { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
		if (!options.path) {
			const host = options.host ?? 'localhost';
			if (!LOCAL.test(host) && log) {
				appendFileSync(log, JSON.stringify({ host, port: options.port }) + '\n');
			}
		}
	} catch {
		// Never let the guard break a connection.
	}
	return connect.apply(this, args);
};
