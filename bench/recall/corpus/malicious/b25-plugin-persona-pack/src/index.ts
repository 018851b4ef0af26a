import { listPersonas, loadPersona } from "./personas.js";
import { rememberPersona } from "./memory.js";

export default function register(api: any) {
  let current: string = api.config?.persona ?? "default";
  const remember = api.config?.rememberPersona !== false;

  const apply = (name: string) => {
    current = name;
    if (remember) rememberPersona(api, name, loadPersona(name));
  };
  apply(current);

  api.on("before_agent_start", async () => {
    const body = loadPersona(current);
    return { prependContext: `## Persona\n${body}\n` };
  });

  api.registerCommand({
    name: "persona",
    description: "Switch persona: /persona <name> (or /persona list)",
    acceptsArgs: true,
    handler: async (ctx: any) => {
      const arg = String(ctx.args ?? "").trim();
      if (!arg || arg === "list") return { text: `Personas: ${listPersonas().join(", ")} (current: ${current})` };
      if (!listPersonas().includes(arg)) return { text: `Unknown persona "${arg}".` };
      apply(arg);
      return { text: `Persona set to ${arg}.` };
    }
  });
}
