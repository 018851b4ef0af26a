"use strict";
const { execFileSync } = require("child_process");
const pc = require("picocolors");

function age(ts) {
  const s = Math.max(0, (Date.now() - Date.parse(ts)) / 1000);
  if (s < 120) return `${Math.floor(s)}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m`;
  if (s < 172800) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

function colourStatus(st) {
  if (st === "Running" || st === "Succeeded") return pc.green(st);
  if (st === "Pending" || st === "ContainerCreating") return pc.yellow(st);
  return pc.red(st);
}

function podRows(items) {
  return items.map((p) => {
    const cs = p.status.containerStatuses || [];
    const ready = cs.filter((c) => c.ready).length;
    const restarts = cs.reduce((n, c) => n + (c.restartCount || 0), 0);
    const waiting = cs.find((c) => c.state && c.state.waiting);
    const status = waiting ? waiting.state.waiting.reason : p.status.phase;
    return [p.metadata.namespace, p.metadata.name, `${ready}/${cs.length}`, status, String(restarts), age(p.metadata.creationTimestamp), p.spec.nodeName || "-"];
  });
}

function print(rows, showNs) {
  const header = ["NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE", "NODE"];
  const all = [header, ...rows].map((r) => (showNs ? r : r.slice(1)));
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  for (const [i, r] of all.entries()) {
    const line = r
      .map((c, j) => {
        const padded = c.padEnd(widths[j] + 2);
        if (i === 0) return pc.bold(padded);
        if (header[showNs ? j : j + 1] === "STATUS") return colourStatus(c) + " ".repeat(widths[j] + 2 - c.length);
        if (header[showNs ? j : j + 1] === "RESTARTS" && Number(c) > 0) return pc.yellow(padded);
        return padded;
      })
      .join("");
    console.log(line);
  }
}

function fetchPods(args) {
  const kArgs = ["get", "pods", "-o", "json"];
  if (args.includes("-A")) kArgs.push("-A");
  const nsIdx = args.indexOf("-n");
  if (nsIdx >= 0 && args[nsIdx + 1]) kArgs.push("-n", args[nsIdx + 1]);
  const out = execFileSync("kubectl", kArgs, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out).items || [];
}

async function run(args) {
  if (args.includes("--version")) return console.log(require("../package.json").version);
  const draw = () => print(podRows(fetchPods(args)), args.includes("-A"));
  if (!args.includes("-w")) return draw();
  for (;;) {
    process.stdout.write("\x1b[2J\x1b[H");
    draw();
    await new Promise((r) => setTimeout(r, 2000));
  }
}

module.exports = { run, podRows };
