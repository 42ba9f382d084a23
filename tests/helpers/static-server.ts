import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { freePort } from './build-fixture.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.webm': 'video/webm',
  '.ogg': 'audio/ogg',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

export interface StaticServer {
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` under `prefix` (`/my-blog/`) the way GitHub Pages serves a project site: a
 * folder answers with its `index.html`, anything else under or outside the prefix is a 404
 * (with the site's `404.html`). Nothing outside `dir` is ever read.
 */
export async function serveDir(dir: string, prefix = '/'): Promise<StaticServer> {
  const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: Buffer, type = 'text/html; charset=utf-8') => {
      response.writeHead(status, { 'Content-Type': type });
      response.end(body);
    };
    if (!path.startsWith(prefix)) return send(404, notFound);
    const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      // Like GitHub Pages: /my-blog/posts redirects to /my-blog/posts/.
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/` });
        return response.end();
      }
      file = join(file, 'index.html');
    }
    const body = await readFile(file).catch(() => undefined);
    if (!body) return send(404, notFound);
    send(200, body, TYPES[extname(file)] ?? 'application/octet-stream');
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
