#!/usr/bin/env node
import { openTunnel } from "./index.js";
import { resolveHost } from "./sshconfig.js";

const [host, portArg] = process.argv.slice(2);
if (!host) {
  console.error("usage: oc-tunnel <ssh-host-alias> [remote-gateway-port]");
  process.exit(2);
}
const r = resolveHost(host);
console.log(`Using ${r.user ? r.user + "@" : ""}${r.hostname}${r.port ? ":" + r.port : ""}${r.identityfile ? " with " + r.identityfile : ""}`);
const t = await openTunnel({ host, remotePort: portArg ? Number(portArg) : undefined, onLog: (l) => console.log(l) });
console.log(`Gateway available at ${t.localUrl}. Ctrl-C to close.`);
process.on("SIGINT", () => { t.close(); process.exit(0); });
