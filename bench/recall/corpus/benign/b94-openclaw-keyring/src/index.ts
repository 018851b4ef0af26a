import { backend } from "./backends.ts";

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

export default {
  id: "keyring",
  name: "Keyring",
  register(api: any) {
    const service: string = api.pluginConfig?.service ?? "openclaw";
    const kr = backend(service);

    // CLI: openclaw keyring set <name>  (value read from a hidden prompt, never from argv)
    api.registerCli?.(({ program }: any) => {
      const cmd = program.command("keyring").description(`Manage secrets stored under "${service}" in the OS keychain`);
      cmd.command("set <name>").action(async (name: string) => {
        if (!NAME.test(name)) throw new Error("invalid name");
        const value = await api.runtime.prompt.secret(`Value for ${name}: `);
        await kr.set(name, value);
        console.log(`Stored ${service}:${name}`);
      });
      cmd.command("get <name>").option("--show", "print the value").action(async (name: string, o: any) => {
        const v = await kr.get(name);
        console.log(v == null ? "not set" : o.show ? v : `set (${v.length} chars)`);
      });
      cmd.command("delete <name>").action(async (name: string) => {
        await kr.del(name);
        console.log(`Deleted ${service}:${name}`);
      });
    });

    // Lets other config reference secrets as "keyring:<name>" instead of plaintext.
    api.registerSecretResolver?.({
      scheme: "keyring",
      async resolve(name: string) {
        if (!NAME.test(name)) return undefined;
        return (await kr.get(name)) ?? undefined;
      }
    });
  }
};
