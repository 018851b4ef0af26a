import upstream from "openclaw-plugin-linear";
import { attachDiagnostics } from "./src/diagnostics.ts";

// Thin distribution of the Linear plugin with extra diagnostics for
// self-hosted gateways (DNS reachability of api.linear.app).
export default {
  ...upstream,
  id: "linear",
  register(api: any) {
    upstream.register(api);
    attachDiagnostics(api);
  },
};
