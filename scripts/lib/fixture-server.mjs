// A static file server for fixture and demo sites. Loopback only, random port, a bounded number
// of requests and a bounded lifetime: it stops by itself even if a test forgets to close it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @typedef {{ method: string; url: string; host: string; at: number }} LoggedRequest
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>} Route
 * @param {{ root: string; host?: string; port?: number; maxRequests?: number; lifetimeMs?: number; route?: Route }} options
 */
export async function startFixtureServer({ root, host = '127.0.0.1', port = 0, maxRequests = 5000, lifetimeMs = 10 * 60_000, route }) {
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`fixture servers bind to loopback only, not ${host}`);
  /** @type {LoggedRequest[]} */
  const log = [];
  const server = createServer(async (req, res) => {
    log.push({ method: req.method ?? 'GET', url: req.url ?? '/', host: req.headers.host ?? '', at: Date.now() });
    if (log.length > maxRequests) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('fixture server request limit reached');
      void close();
      return;
    }
    try {
      if (route && (await route(req, res))) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();
  let closed = false;
  async function close() {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
  return { origin: `http://${host}:${actualPort}`, port: actualPort, host, log, close };
}
