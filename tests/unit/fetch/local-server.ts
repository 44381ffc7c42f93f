import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export type LocalServer = {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** The allow-list entry for this server alone (its port on loopback, nothing else). */
  allowEntry: string;
  /** Every request's path and headers, in order, for assertions about what was asked. */
  requests: IncomingMessage[];
  close: () => Promise<void>;
};

/**
 * A real HTTP server on 127.0.0.1 with a port the system picks, for the fetcher's tests: routes
 * by path, and answers 404 to anything else. Closing drops every open connection, so a test
 * that left a slow response hanging does not keep the run waiting.
 */
export async function startServer(routes: Record<string, Handler>): Promise<LocalServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const handler = routes[path];
    if (handler) return handler(request, response);
    response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not here</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    allowEntry: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers one fixed body with this content type. */
export function page(contentType: string, body: string | Buffer, status = 200): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType }).end(body);
  };
}

export function redirectTo(location: string, status = 302): Handler {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}
