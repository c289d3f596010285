/**
 * A local HTTP server answering the way hostile or broken sites do, for the URL import tests
 * (CLI, fetch-text, fuzz, browser): a body that trickles in, one that never starts, 40 MB of text,
 * a Content-Length of 600 MB, a gzip bomb (2 GiB of spaces, compressed on the fly until the client
 * hangs up), a redirect loop, a wrong charset, and good texts in legacy encodings.
 *
 * `GET /text?enc=gbk&charset=gbk&type=text/plain&cors=1` serves `texts.text` encoded as `enc` (default utf-8),
 * with `charset` in its Content-Type (none when absent); every path takes `cors=1` for
 * `Access-Control-Allow-Origin: *`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { encode } from './legacy-encode.js';

export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Requests answered so far, by path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

type Encoding = Parameters<typeof encode>[1];

/** Bytes a trickle sends, one every 50 ms, until the client hangs up. */
const TRICKLE_MS = 50;

function handle(req: IncomingMessage, res: ServerResponse, text: string, hits: Map<string, number>): void {
  const url = new URL(req.url ?? '/', 'http://x');
  hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
  const cors: Record<string, string> = url.searchParams.get('cors') === '1' ? { 'Access-Control-Allow-Origin': '*' } : {};
  const type = url.searchParams.get('type') ?? 'text/plain';
  let open = true;
  res.on('close', () => (open = false));
  switch (url.pathname) {
    case '/text': {
      const enc = (url.searchParams.get('enc') ?? 'utf-8') as Encoding;
      const charset = url.searchParams.get('charset');
      const body = encode(text, enc, '?');
      res.writeHead(200, { ...cors, 'Content-Type': charset ? `${type}; charset=${charset}` : type, 'Content-Length': String(body.length) }).end(body);
      return;
    }
    case '/trickle': {
      res.writeHead(200, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' });
      res.write('第一条　');
      const timer = setInterval(() => (open ? res.write('。') : clearInterval(timer)), TRICKLE_MS);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case '/stall':
      // Never answers; the socket stays open until the client gives up.
      return;
    case '/huge': {
      // 40 MB of a law's lines, chunked (no Content-Length): the limit must be found while reading.
      res.writeHead(200, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' });
      const chunk = Buffer.from(`${'第一条　国家保障网络安全。\n'.repeat(2400)}`);
      let sent = 0;
      const pump = (): void => {
        while (open && sent < 40 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (open) res.end();
      };
      pump();
      return;
    }
    case '/huge-declared':
      // Says 600 MB up front; sends a little, slowly.
      res.writeHead(200, { ...cors, 'Content-Type': 'text/plain', 'Content-Length': String(600 * 1024 * 1024) });
      res.write('第一条　');
      return;
    case '/bomb': {
      // 2 GiB of spaces, gzip-compressed on the fly (about 2 MB on the wire), until the client hangs up.
      res.writeHead(200, { ...cors, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Encoding': 'gzip' });
      const gzip = createGzip({ level: 9 });
      gzip.pipe(res);
      const zeros = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (open && sent < 2048) {
          sent++;
          if (!gzip.write(zeros)) return void gzip.once('drain', pump);
        }
        if (open) gzip.end();
        else gzip.destroy();
      };
      res.on('close', () => gzip.destroy());
      pump();
      return;
    }
    case '/loop':
      res.writeHead(302, { ...cors, Location: `/loop?${url.searchParams.toString()}` }).end();
      return;
    case '/page':
      res.writeHead(200, { ...cors, 'Content-Type': 'text/html' }).end('<!doctype html><title>x</title>');
      return;
    default:
      res.writeHead(404, cors).end('not here');
  }
}

/** Starts the server on a free port of 127.0.0.1; `text` is what `/text` serves (in the encoding asked). */
export async function startHostileServer(text: string, port = 0): Promise<HostileServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => handle(req, res, text, hits));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
