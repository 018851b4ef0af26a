"use strict";
const { spawn } = require("child_process");
const path = require("path");
const { resolve } = require("./ssh-config");

function run(cmd, args, { dryRun, log = console.log } = {}) {
  log(`$ ${[cmd, ...args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}`);
  if (dryRun) return Promise.resolve(0);
  return new Promise((res, rej) => {
    const p = spawn(cmd, args, { stdio: "inherit" });
    p.on("error", rej);
    p.on("exit", (code) => (code === 0 ? res(0) : rej(new Error(`${cmd} exited with ${code}`))));
  });
}

function sq(s) { return `'${String(s).replace(/'/g, `'\\''`)}'`; }

async function deploy(cfg, { dryRun = false, log = console.log } = {}) {
  const host = resolve(cfg.host);
  log(`deploying ${cfg.localDir} -> ${host.user}@${host.hostname}:${host.port} (${cfg.host})${host.proxyJump ? ` via ${host.proxyJump}` : ""}`);
  const release = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const base = cfg.remoteDir.replace(/\/$/, "");
  const rel = `${base}/releases/${release}`;
  const ssh = (cmd) => run("ssh", [cfg.host, cmd], { dryRun, log });

  await ssh(`mkdir -p ${sq(rel)} && if [ -d ${sq(base + "/current")} ]; then cp -al ${sq(base + "/current/.")} ${sq(rel)}/ 2>/dev/null || true; fi`);
  await run("rsync", ["-az", "--delete", "-e", "ssh", ...(cfg.exclude || []).flatMap((e) => ["--exclude", e]),
    path.resolve(cfg.localDir) + "/", `${cfg.host}:${rel}/`], { dryRun, log });
  for (const link of cfg.shared || []) await ssh(`ln -sfn ${sq(`${base}/shared/${link}`)} ${sq(`${rel}/${link}`)}`);
  if (cfg.preSwitch) await ssh(`cd ${sq(rel)} && ${cfg.preSwitch}`);
  await ssh(`ln -sfn ${sq(rel)} ${sq(base + "/current.tmp")} && mv -Tf ${sq(base + "/current.tmp")} ${sq(base + "/current")}`);
  if (cfg.restart) await ssh(cfg.restart);
  const keep = cfg.keepReleases || 5;
  await ssh(`cd ${sq(base + "/releases")} && ls -1t | tail -n +${keep + 1} | xargs -r rm -rf --`);
  log(`released ${release}`);
  return release;
}

async function rollback(cfg, { dryRun = false, log = console.log } = {}) {
  const base = cfg.remoteDir.replace(/\/$/, "");
  await run("ssh", [cfg.host, `cd ${sq(base + "/releases")} && prev=$(ls -1t | sed -n 2p) && [ -n "$prev" ] && ln -sfn "${base}/releases/$prev" ${sq(base + "/current.tmp")} && mv -Tf ${sq(base + "/current.tmp")} ${sq(base + "/current")} && echo "rolled back to $prev"`], { dryRun, log });
  if (cfg.restart) await run("ssh", [cfg.host, cfg.restart], { dryRun, log });
}

module.exports = { deploy, rollback };
