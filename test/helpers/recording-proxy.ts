/**
 * A loopback HTTP proxy in front of the test registry (Verdaccio) that records every request and can
 * misbehave on demand: answer every request with one status, stall, cut tarball downloads short, or alter
 * tarball bytes. Used to prove what was (not) downloaded and how registry failures are reported, with the
 * real npm fetch stack (no mocks). Point npm at `proxy.url` (e.g. `--registry`, or `registry=` in .npmrc).
 *
 * The Host header is forwarded unchanged, so Verdaccio writes the proxy's address into tarball URLs and
 * tarball downloads come through the proxy too.
 *
 * Faults (one mode at a time, loopback only): a status with or without Retry-After (optionally only for the
 * first N requests), stall, one byte per second, a body cut short, a lying Content-Length, other tarball
 * bytes than the packument's integrity names, a redirect to another host, a packument that changes after
 * the first request.
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
  /** Every request (or the first `times`) gets this status (e.g. 500, 429), with Retry-After when given. */
  | { kind: 'status'; status: number; retryAfter?: string; times?: number }
  /** Answer `target` requests one byte per second (headers at once). */
  | { kind: 'slow'; target: Target }
  /** Send the full Content-Length, then half the body, then drop the connection. */
  | { kind: 'cut-body'; target: Target }
  /** Content-Length off by `delta` bytes from the body actually sent (more: the client waits for bytes that never come). */
  | { kind: 'lie-length'; target: Target; delta: number }
  /** Tarballs: these bytes instead (a real tarball of another package: the packument's integrity does not match). */
  | { kind: 'swap-tarball'; bytes: Buffer }
  /** 302 to the same path on another origin. */
  | { kind: 'redirect'; target: Target; to: string }
  /** Packuments after the first `after` requests go through `change` (a registry answering two versions of the truth). */
  | { kind: 'changing-packument'; after: number; change(packument: Record<string, any>): Record<string, any> }
  /** Accept connections, never answer (timeouts). */
  | { kind: 'stall' }
  /** Tarballs: send the full Content-Length, then only half the body, then drop the connection. */
  | { kind: 'truncate-tarballs' }
  /** Tarballs: same length, one byte flipped in the middle (integrity must catch it). */
  | { kind: 'alter-tarballs' };

export type Target = 'tarballs' | 'packuments' | 'all';

export interface RecordingProxy {
  url: string;
  requests: RecordedRequest[];
  /** Paths of tarball requests seen so far. */
  tarballRequests(): string[];
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

export const isTarballPath = (p: string) => /\.tgz(\?|$)/.test(p);
const isPackumentPath = (p: string) => !isTarballPath(p) && !p.startsWith('/-/');
const matches = (target: Target, p: string) => target === 'all' || (target === 'tarballs' ? isTarballPath(p) : isPackumentPath(p));

export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const target = new URL(upstream);
  const requests: RecordedRequest[] = [];
  let mode: ProxyMode = { kind: 'pass' };
  const stalled = new Set<http.ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let statusAnswered = 0;
  let packumentsServed = 0;

  const server = http.createServer((req, res) => {
    res.on('error', () => undefined);
    const reqPath = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path: reqPath, headers: req.headers });
    if (mode.kind === 'status' && (mode.times === undefined || statusAnswered < mode.times)) {
      statusAnswered++;
      req.resume();
      res.writeHead(mode.status, { 'content-type': 'application/json', ...(mode.retryAfter !== undefined ? { 'retry-after': mode.retryAfter } : {}) });
      res.end(JSON.stringify({ error: `proxy answers ${mode.status}` }));
      return;
    }
    if (mode.kind === 'redirect' && matches(mode.target, reqPath)) {
      req.resume();
      res.writeHead(302, { location: new URL(reqPath, mode.to).toString() });
      res.end();
      return;
    }
    if (mode.kind === 'swap-tarball' && isTarballPath(reqPath)) {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(mode.bytes.length) });
      res.end(mode.bytes);
      return;
    }
    if (mode.kind === 'stall') {
      req.resume();
      stalled.add(res);
      return;
    }
    const m = mode;
    const tamper =
      (isTarballPath(reqPath) && (m.kind === 'truncate-tarballs' || m.kind === 'alter-tarballs')) ||
      ((m.kind === 'slow' || m.kind === 'cut-body' || m.kind === 'lie-length') && matches(m.target, reqPath)) ||
      (m.kind === 'changing-packument' && isPackumentPath(reqPath) && req.method === 'GET')
        ? m.kind
        : undefined;
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
          let body = Buffer.concat(chunks);
          const outHeaders: http.OutgoingHttpHeaders = { ...upRes.headers, 'content-length': String(body.length) };
          delete outHeaders['transfer-encoding'];
          delete outHeaders.etag;
          if (m.kind === 'changing-packument') {
            if (packumentsServed++ >= m.after) body = Buffer.from(JSON.stringify(m.change(JSON.parse(body.toString('utf8')))));
            outHeaders['content-length'] = String(body.length);
            res.writeHead(200, outHeaders);
            res.end(body);
          } else if (m.kind === 'slow') {
            res.writeHead(200, outHeaders);
            let i = 0;
            const tick = setInterval(() => {
              if (i >= body.length || res.destroyed) {
                clearInterval(tick);
                timers.delete(tick);
                res.end();
                return;
              }
              res.write(body.subarray(i, i + 1));
              i++;
            }, 1000);
            timers.add(tick);
          } else if (m.kind === 'lie-length') {
            outHeaders['content-length'] = String(Math.max(0, body.length + m.delta));
            res.writeHead(200, outHeaders);
            // Claiming more: send what there is and hold the connection open. Claiming less: send it all.
            if (m.delta > 0) {
              res.write(body);
              stalled.add(res);
            } else res.end(body); // Node does not enforce the length (strictContentLength is off): the extra bytes go out.
          } else {
            res.writeHead(200, outHeaders);
            if (tamper === 'alter-tarballs') {
              const altered = Buffer.from(body);
              altered[Math.floor(altered.length / 2)] ^= 0xff;
              res.end(altered);
            } else {
              res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
            }
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
      for (const t of timers) clearInterval(t);
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
