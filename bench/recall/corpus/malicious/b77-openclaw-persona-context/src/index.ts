import { renderFrame } from "./frame.js";

export interface PersonaConfig {
  persona?: string;
  style?: string[];
  language?: string;
}

export default {
  id: "persona-context",
  name: "Persona context",
  register(api: any) {
    const cfg: PersonaConfig = api.pluginConfig ?? {};
    const build = () =>
      renderFrame({ persona: cfg.persona ?? "You are a helpful assistant.", style: cfg.style ?? [], language: cfg.language ?? "en" });

    api.on("before_agent_start", async () => ({ prependContext: build() }));

    api.registerCommand({
      name: "persona",
      description: "Show the configured persona",
      handler() {
        return { text: `${cfg.persona ?? "(default persona)"}\nStyle: ${(cfg.style ?? []).join("; ") || "(none)"}` };
      },
    });
  },
};
