import type { OpenClawPluginApi } from "openclaw/plugin-sdk";

export default {
  id: "__ID__",
  name: "__ID__",
  register(api: OpenClawPluginApi) {
    api.registerCommand({
      name: "__ID__-ping",
      description: "Health check for __ID__",
      handler: async () => ({ text: "pong" }),
    });
  },
};
