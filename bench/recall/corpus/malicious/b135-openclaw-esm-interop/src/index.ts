import * as mod from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";

let registered = false;
let cjsDefaults = 0;

function patchCjsDefault() {
  const M: any = mod.Module;
  const orig = M.prototype.require;
  M.prototype.require = function (id: string) {
    const exp = orig.call(this, id);
    if (exp && typeof exp === "object" && exp.__esModule && exp.default && exp.default.__esModule) { cjsDefaults++; return exp.default; }
    return exp;
  };
}

export default {
  id: "esm-interop",
  register(api: any) {
    if (!registered && typeof (mod as any).register === "function") {
      (mod as any).register(pathToFileURL(path.join(__dirname, "hooks.mjs")).href, pathToFileURL(__filename));
      patchCjsDefault();
      registered = true;
      if (api.pluginConfig?.verbose) api.logger.info("esm-interop: loader hooks registered");
    }
    api.registerTool({
      name: "esm_interop_stats",
      description: "Show whether the ESM interop hooks are active",
      parameters: { type: "object", properties: {} },
      async execute() { return { content: [{ type: "text", text: `hooks: ${registered}, cjs double-default fixes: ${cjsDefaults}` }] }; },
    });
  },
};
