/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test harness, not node code */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a test server answers one request, given its whole body. */
export type Handler = (
	req: http.IncomingMessage,
	body: Buffer,
	res: http.ServerResponse,
) => Promise<void>;

/**
 * An HTTP server on 127.0.0.1 (a free port) standing in for n8n's webhook
 * server: each request's whole body goes to `handle`, a handler's failure is
 * answered 500 with its message, and every handling is added to `pending` so a
 * test can wait for the work a request started. Returns the server and its base URL.
 */
export async function listen(
	handle: Handler,
	pending: Array<Promise<void>>,
): Promise<{ server: http.Server; base: string }> {
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const work = handle(req, Buffer.concat(chunks), res).catch((error: Error) => {
				if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ message: error.message }));
			});
			pending.push(work);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Waits for the work under way, then closes the server and its open connections. */
export async function close(server: http.Server | undefined, pending: Array<Promise<void>>) {
	await Promise.all(pending);
	if (!server) return;
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
}
