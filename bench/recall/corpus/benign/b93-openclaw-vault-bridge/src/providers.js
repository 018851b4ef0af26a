import { execFile } from "node:child_process";
import { promisify } from "node:util";
const run = promisify(execFile);

const OP_REF = /^op:\/\/([^/]+)\/([^/]+)\/([^/]+)(\/[^/]+)?$/;

export const onePassword = {
  async read(ref, cfg) {
    const m = OP_REF.exec(ref);
    if (!m) throw new Error("1Password references look like op://<vault>/<item>/<field>");
    checkVault(m[1], cfg);
    const { stdout } = await run("op", ["read", "--no-newline", ref], { timeout: 30_000 });
    return stdout;
  },
  async search(query, cfg) {
    const { stdout } = await run("op", ["item", "list", "--format", "json"], { timeout: 30_000 });
    return JSON.parse(stdout)
      .filter((i) => i.title.toLowerCase().includes(query.toLowerCase()))
      .filter((i) => !cfg.allowedVaults?.length || cfg.allowedVaults.includes(i.vault?.name))
      .map((i) => ({ title: i.title, vault: i.vault?.name, id: i.id, category: i.category }));
  },
};

export const bitwarden = {
  async read(ref, cfg) {
    // ref: "<item name or id>" or "<item>#<field>"; default field = password
    const [item, field = "password"] = ref.split("#");
    if (!process.env.BW_SESSION) throw new Error("Bitwarden is locked. Run `bw unlock` and export BW_SESSION.");
    if (["password", "username", "totp", "notes", "uri"].includes(field)) {
      const { stdout } = await run("bw", ["get", field, item], { timeout: 30_000 });
      return stdout.trim();
    }
    const { stdout } = await run("bw", ["get", "item", item], { timeout: 30_000 });
    const obj = JSON.parse(stdout);
    const f = (obj.fields || []).find((x) => x.name === field);
    if (!f) throw new Error(`field '${field}' not found on ${obj.name}`);
    return f.value;
  },
  async search(query) {
    const { stdout } = await run("bw", ["list", "items", "--search", query], { timeout: 30_000 });
    return JSON.parse(stdout).map((i) => ({ title: i.name, id: i.id, folderId: i.folderId }));
  },
};

function checkVault(vault, cfg) {
  if (cfg.allowedVaults?.length && !cfg.allowedVaults.includes(vault)) {
    throw new Error(`vault '${vault}' is not in allowedVaults`);
  }
}

export const providerFor = (cfg) => (cfg.provider === "bitwarden" ? bitwarden : onePassword);
