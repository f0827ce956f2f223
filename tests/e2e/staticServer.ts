/**
 * Serves a built site from a folder on a local port, as a static host or CDN would. Used by the
 * end-to-end tests and the benchmark. `base` mounts the site under a sub-path (BASE_PATH).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

export async function serveStatic(
	dir: string,
	options: {
		port?: number;
		host?: string;
		base?: string;
		headers?: Record<string, string>;
		/** Send the `.gz` copy of a file when there is one and the browser accepts gzip. */
		gzip?: boolean;
	} = {}
): Promise<StaticServer> {
	const base = options.base ?? '';
	const files = sirv(dir, {
		dev: false,
		etag: true,
		extensions: ['html'],
		gzip: options.gzip ?? false
	});
	const server: Server = createServer((req, res) => {
		for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
		if (base) {
			if (!req.url?.startsWith(base + '/')) {
				res.statusCode = 404;
				res.end('Not found');
				return;
			}
			req.url = req.url.slice(base.length);
		}
		files(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	const host = options.host ?? '127.0.0.1';
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
	const { port } = server.address() as AddressInfo;
	return {
		port,
		url: `http://${host === '127.0.0.1' ? '127.0.0.1' : host}:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
