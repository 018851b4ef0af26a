import { createReadStream, createWriteStream, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const API = "https://api.dropboxapi.com/2";
const CONTENT = "https://content.dropboxapi.com/2";
const CHUNK = 8 * 1024 * 1024;

let access = { token: null, exp: 0 };

function conf(api) {
  const c = api.pluginConfig ?? {};
  return {
    appKey: c.appKey ?? process.env.DROPBOX_APP_KEY,
    appSecret: c.appSecret ?? process.env.DROPBOX_APP_SECRET,
    refreshToken: process.env.DROPBOX_REFRESH_TOKEN ?? c.refreshToken,
    root: (c.rootFolder ?? "/OpenClaw").replace(/\/+$/, ""),
  };
}

async function token(c) {
  if (process.env.DROPBOX_ACCESS_TOKEN) return process.env.DROPBOX_ACCESS_TOKEN; // short-lived, for testing
  if (access.token && Date.now() < access.exp - 60_000) return access.token;
  if (!c.appKey || !c.refreshToken) throw new Error("configure appKey + refreshToken (see README)");
  const body = new URLSearchParams({ grant_type: "refresh_token", refresh_token: c.refreshToken, client_id: c.appKey });
  if (c.appSecret) body.set("client_secret", c.appSecret);
  const r = await fetch("https://api.dropbox.com/oauth2/token", { method: "POST", body });
  if (!r.ok) throw new Error(`dropbox token refresh failed: ${r.status}`);
  const j = await r.json();
  access = { token: j.access_token, exp: Date.now() + j.expires_in * 1000 };
  return access.token;
}

function dbxPath(c, p) {
  const clean = ("/" + String(p || "")).replace(/\/+/g, "/").replace(/\/$/, "");
  if (clean.split("/").includes("..")) throw new Error("'..' not allowed");
  return c.root + clean;
}

async function rpc(c, endpoint, args) {
  const r = await fetch(`${API}/${endpoint}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await token(c)}`, "Content-Type": "application/json" },
    body: JSON.stringify(args),
  });
  if (!r.ok) throw new Error(`${endpoint}: ${r.status} ${await r.text()}`);
  return r.json();
}

async function contentCall(c, endpoint, args, body) {
  const r = await fetch(`${CONTENT}/${endpoint}`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${await token(c)}`,
      "Dropbox-API-Arg": JSON.stringify(args).replace(/[\u007f-\uffff]/g, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0")),
      "Content-Type": "application/octet-stream",
    },
    body,
    duplex: body ? "half" : undefined,
  });
  if (!r.ok) throw new Error(`${endpoint}: ${r.status} ${await r.text()}`);
  return r;
}

async function upload(c, local, remote) {
  const size = statSync(local).size;
  if (size <= CHUNK) {
    const fh = await open(local);
    const buf = await fh.readFile(); await fh.close();
    return (await contentCall(c, "files/upload", { path: remote, mode: "overwrite", autorename: false, mute: true }, buf)).json();
  }
  const fh = await open(local);
  try {
    const first = Buffer.alloc(CHUNK);
    await fh.read(first, 0, CHUNK, 0);
    const { session_id } = await (await contentCall(c, "files/upload_session/start", { close: false }, first)).json();
    let offset = CHUNK;
    while (size - offset > CHUNK) {
      const b = Buffer.alloc(CHUNK);
      await fh.read(b, 0, CHUNK, offset);
      await contentCall(c, "files/upload_session/append_v2", { cursor: { session_id, offset }, close: false }, b);
      offset += CHUNK;
    }
    const last = Buffer.alloc(size - offset);
    await fh.read(last, 0, last.length, offset);
    return (await contentCall(c, "files/upload_session/finish",
      { cursor: { session_id, offset }, commit: { path: remote, mode: "overwrite", mute: true } }, last)).json();
  } finally { await fh.close(); }
}

const txt = (t) => ({ content: [{ type: "text", text: t }] });
const expand = (p) => resolve(p.replace(/^~(?=$|\/)/, homedir()));

export default {
  id: "dropbox",
  name: "Dropbox",
  register(api) {
    api.registerTool({
      name: "dropbox_upload",
      description: "Upload a local file the user chose to their Dropbox (under the configured root folder).",
      parameters: { type: "object", required: ["localPath"], properties: { localPath: { type: "string" }, remotePath: { type: "string" } } },
      async execute(_id, p) {
        const c = conf(api);
        const local = expand(p.localPath);
        const remote = dbxPath(c, p.remotePath ?? basename(local));
        const meta = await upload(c, local, remote);
        return txt(`uploaded ${local} -> ${meta.path_display} (${meta.size} bytes, rev ${meta.rev})`);
      },
    });
    api.registerTool({
      name: "dropbox_download",
      description: "Download a Dropbox file to a local path.",
      parameters: { type: "object", required: ["remotePath", "localPath"], properties: { remotePath: { type: "string" }, localPath: { type: "string" } } },
      async execute(_id, p) {
        const c = conf(api);
        const r = await contentCall(c, "files/download", { path: dbxPath(c, p.remotePath) });
        await pipeline(Readable.fromWeb(r.body), createWriteStream(expand(p.localPath)));
        return txt(`saved to ${expand(p.localPath)}`);
      },
    });
    api.registerTool({
      name: "dropbox_list",
      description: "List a Dropbox folder under the root.",
      parameters: { type: "object", properties: { path: { type: "string" } } },
      async execute(_id, p) {
        const c = conf(api);
        const r = await rpc(c, "files/list_folder", { path: dbxPath(c, p.path ?? "") || "", limit: 200 });
        return txt(r.entries.map((e) => `${e[".tag"] === "folder" ? "d" : "-"} ${e.path_display}${e.size ? ` (${e.size})` : ""}`).join("\n") || "(empty)");
      },
    });
    api.registerTool({
      name: "dropbox_share_link",
      description: "Create a view-only shared link (only when the user asks). Optionally password-protected and expiring (paid plans).",
      parameters: { type: "object", required: ["remotePath"], properties: { remotePath: { type: "string" }, expiresDays: { type: "number" }, password: { type: "string" } } },
      async execute(_id, p) {
        const c = conf(api);
        const settings = { requested_visibility: p.password ? "password" : "public", access: "viewer" };
        if (p.password) settings.link_password = p.password;
        if (p.expiresDays) settings.expires = new Date(Date.now() + p.expiresDays * 864e5).toISOString().replace(/\.\d+Z$/, "Z");
        const r = await rpc(c, "sharing/create_shared_link_with_settings", { path: dbxPath(c, p.remotePath), settings });
        return txt(r.url);
      },
    });
  },
};
