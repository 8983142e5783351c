/**
 * A loopback server that answers for People's Daily hosts with the saved pages
 * in tests/pages, so the browser opens each page under its real URL (with
 * Chromium's --host-resolver-rules pointing those hosts here, or Firefox's
 * proxy settings: then each request names its whole URL).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { listTestPages } from '../../scripts/lib/test-pages';

export interface PageServer {
  port: number;
  /** Serve `html` (a string) at `url` from now on, replacing what was there. */
  override(url: string, html: string): void;
  close(): Promise<void>;
}

const keyOf = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`;
};

/** Start the server on a free loopback port. */
export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, { body: Buffer; charset: string }>();
  for (const page of listTestPages()) {
    routes.set(keyOf(page.url), { body: readFileSync(page.source), charset: page.charset });
  }
  const mirrorOf = (host: string, path: string) => {
    if (!/people\.(com\.)?cn$/.test(host)) return undefined;
    const sub = host.split('.')[0];
    for (const [key, route] of routes) {
      if (key.endsWith(path) && key.startsWith(`${sub}.`) && key !== `${host}${path}`) return route;
    }
    return undefined;
  };
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    // As an HTTP proxy (Firefox has no host-resolver rules) the request line holds the whole URL.
    const path = new URL(req.url ?? '/', `http://${host || 'localhost'}`).pathname;
    // Mirror hosts (people.cn for people.com.cn, www. for a channel) serve the same page.
    const route = routes.get(`${host}${path}`) ?? mirrorOf(host, path);
    if (!route) {
      // Images, scripts and ads of the saved pages are not bundled: answer fast.
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not bundled');
      return;
    }
    // An explicit charset: the saved pages are UTF-8 although their meta says GB2312.
    res.writeHead(200, { 'content-type': `text/html; charset=${route.charset}`, 'cache-control': 'no-store' });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    override(url, html) {
      routes.set(keyOf(url), { body: Buffer.from(html, 'utf8'), charset: 'utf-8' });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
