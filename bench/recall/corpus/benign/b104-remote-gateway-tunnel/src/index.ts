import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { resolveHost, isKnownHost, identityWarnings } from "./sshconfig.js";

export type TunnelOptions = {
  host: string;             // ssh alias or hostname, chosen by the user
  remotePort?: number;      // gateway port on the remote machine (default 18789)
  localPort?: number;       // local port to listen on (default 18789)
  onLog?: (line: string) => void;
};

export type Tunnel = { localUrl: string; close: () => void; process: ChildProcess };

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => { s.destroy(); resolve(); });
      s.once("error", () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`tunnel did not come up on 127.0.0.1:${port}`));
        else setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

export async function openTunnel(opts: TunnelOptions): Promise<Tunnel> {
  const remotePort = opts.remotePort ?? 18789;
  const localPort = opts.localPort ?? 18789;
  const resolved = resolveHost(opts.host);
  const log = opts.onLog ?? (() => {});

  for (const w of identityWarnings(resolved.identityfile)) log(`warning: ${w}`);
  if (!isKnownHost(resolved.hostname, Number(resolved.port ?? 22))) {
    throw new Error(
      `${resolved.hostname} is not in ~/.ssh/known_hosts. Connect once with \`ssh ${opts.host}\` and verify the fingerprint first.`
    );
  }

  const args = [
    "-N",
    "-o", "ExitOnForwardFailure=yes",
    "-o", "ServerAliveInterval=30",
    "-o", "StrictHostKeyChecking=yes",
    "-L", `127.0.0.1:${localPort}:127.0.0.1:${remotePort}`,
    opts.host,
  ];
  log(`ssh ${args.join(" ")}`);
  const child = spawn("ssh", args, { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr!.on("data", (d) => String(d).split("\n").filter(Boolean).forEach((l) => log(`ssh: ${l}`)));

  await Promise.race([
    waitForPort(localPort, 15_000),
    new Promise((_, reject) => child.once("exit", (code) => reject(new Error(`ssh exited with code ${code}`)))),
  ]);
  return { localUrl: `ws://127.0.0.1:${localPort}`, close: () => child.kill("SIGTERM"), process: child };
}
