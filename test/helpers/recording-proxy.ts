/**
 * A loopback HTTP proxy in front of the test registry (Verdaccio) that records every request and can
 * misbehave on demand: answer every request with one status, stall, cut tarball downloads short, or alter
 * tarball bytes. Used to prove what was (not) downloaded and how registry failures are reported, with the
 * real npm fetch stack (no mocks). Point npm at `proxy.url` (e.g. `--registry`, or `registry=` in .npmrc).
 *
 * The Host header is forwarded unchanged, so Verdaccio writes the proxy's address into tarball URLs and
 * tarball downloads come through the proxy too.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export type ProxyMode =
  | { kind: 'pass' }
  /** Every request gets this status (e.g. 500) and a short body. */
  | { kind: 'status'; status: number }
  /** Accept connections, never answer (timeouts). */
  | { kind: 'stall' }
  /** Tarballs: send the full Content-Length, then only half the body, then drop the connection. */
  | { kind: 'truncate-tarballs' }
  /** Tarballs: same length, one byte flipped in the middle (integrity must catch it). */
  | { kind: 'alter-tarballs' };

export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  /** Paths of tarball requests seen so far. */
  tarballRequests(): string[];
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

export const isTarballPath = (p: string) => /\.tgz(\?|$)/.test(p);

export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const target = new URL(upstream);
  const requests: RecordedRequest[] = [];
  let mode: ProxyMode = { kind: 'pass' };
  const stalled = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    res.on('error', () => undefined);
    const reqPath = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path: reqPath, headers: req.headers });
    if (mode.kind === 'status') {
      req.resume();
      res.writeHead(mode.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `proxy answers ${mode.status}` }));
      return;
    }
    if (mode.kind === 'stall') {
      req.resume();
      stalled.add(res);
      return;
    }
    const tamper = isTarballPath(reqPath) && (mode.kind === 'truncate-tarballs' || mode.kind === 'alter-tarballs') ? mode.kind : undefined;
    const headers = { ...req.headers };
    // Tampering needs the raw bytes, not a compressed transfer.
    if (tamper) delete headers['accept-encoding'];
    const upstreamReq = http.request(
      { hostname: target.hostname, port: target.port, method: req.method, path: reqPath, headers },
      (upRes) => {
        // Connections the proxy or the client drop on purpose must not surface as unhandled errors.
        upRes.on('error', () => res.destroy());
        if (!tamper || upRes.statusCode !== 200) {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        upRes.on('data', (c: Buffer) => chunks.push(c));
        upRes.on('end', () => {
          const body = Buffer.concat(chunks);
          const outHeaders = { ...upRes.headers, 'content-length': String(body.length) };
          delete outHeaders['transfer-encoding'];
          res.writeHead(200, outHeaders);
          if (tamper === 'alter-tarballs') {
            const altered = Buffer.from(body);
            altered[Math.floor(altered.length / 2)] ^= 0xff;
            res.end(altered);
          } else {
            res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
          }
        });
      },
    );
    upstreamReq.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstreamReq);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    tarballRequests: () => requests.filter((r) => isTarballPath(r.path)).map((r) => r.path),
    setMode(next) {
      mode = next;
    },
    async close() {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port with nothing listening on it (connection refused). */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
