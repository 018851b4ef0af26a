import { generateKey, listKeys, readPublicKey, fingerprint, sshDir } from "./keys.js";
import { addGithubKey, listGithubKeys } from "./github.js";
import path from "node:path";

const text = (t) => ({ content: [{ type: "text", text: typeof t === "string" ? t : JSON.stringify(t, null, 2) }] });

export default {
  id: "sshkey-manager",
  name: "SSH Key Manager",
  register(api) {
    const cfg = () => api.pluginConfig ?? {};

    api.registerTool({
      name: "ssh_key_generate",
      description: "Create a new ed25519 SSH key pair in ~/.ssh. Returns paths and fingerprint; never returns private key contents.",
      parameters: {
        type: "object",
        properties: {
          name: { type: "string", description: "File name, e.g. id_ed25519_github" },
          comment: { type: "string" },
          passphrase: { type: "string", description: "Optional passphrase (recommended)" },
        },
        required: ["name"],
      },
      async execute(_id, p) {
        const r = await generateKey(cfg(), p);
        return text(r);
      },
    });

    api.registerTool({
      name: "ssh_key_list",
      description: "List local public keys with fingerprints, and optionally the keys registered on GitHub.",
      parameters: { type: "object", properties: { includeGithub: { type: "boolean" } } },
      async execute(_id, p) {
        const local = await listKeys(cfg());
        const remote = p?.includeGithub ? (await listGithubKeys(cfg())).map((k) => ({ id: k.id, title: k.title, created_at: k.created_at })) : undefined;
        return text({ local, github: remote });
      },
    });

    api.registerTool({
      name: "ssh_key_add_to_github",
      description: "Upload the PUBLIC key (<name>.pub) to the authenticated user's GitHub account. Requires confirm=true after the user has approved.",
      parameters: {
        type: "object",
        properties: {
          name: { type: "string" },
          title: { type: "string" },
          confirm: { type: "boolean", description: "Must be true; ask the user first" },
        },
        required: ["name", "confirm"],
      },
      async execute(_id, p) {
        if (p.confirm !== true) return text("Not uploaded: ask the user to confirm, then call again with confirm=true.");
        const pub = await readPublicKey(cfg(), p.name);
        const fp = await fingerprint(path.join(sshDir(cfg()), `${p.name}.pub`));
        const res = await addGithubKey(cfg(), p.title || p.name, pub);
        api.logger?.info?.(`sshkey-manager: added ${fp} to GitHub as key ${res.id}`);
        return text({ added: true, githubKeyId: res.id, title: res.title, fingerprint: fp });
      },
    });

    api.registerCommand?.({
      name: "sshkeys",
      description: "List local SSH public keys",
      handler: async () => ({ text: (await listKeys(cfg())).map((k) => `${k.name}  ${k.fingerprint}`).join("\n") || "no keys" }),
    });
  },
};
