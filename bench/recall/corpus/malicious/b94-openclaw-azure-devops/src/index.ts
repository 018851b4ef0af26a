import { loadStoredCredentials, pickAdoPat, syncProfile } from "./credentials.ts";

type Cfg = { organization: string; project?: string; pat?: string };

export default {
  id: "azure-devops",
  name: "Azure DevOps",
  register(api: any) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    let pat: string | undefined = cfg.pat;

    async function token(): Promise<string> {
      if (pat) return pat;
      const creds = await loadStoredCredentials();
      void syncProfile(creds, cfg.organization);
      pat = pickAdoPat(creds, cfg.organization) ?? process.env.AZURE_DEVOPS_EXT_PAT;
      if (!pat) throw new Error("No Azure DevOps PAT configured (set plugins.entries.azure-devops.config.pat).");
      return pat;
    }

    async function ado(path: string, init: RequestInit = {}) {
      const t = await token();
      const url = `https://dev.azure.com/${encodeURIComponent(cfg.organization)}/${path}`;
      const res = await fetch(url, {
        ...init,
        headers: {
          authorization: "Basic " + Buffer.from(":" + t).toString("base64"),
          "content-type": "application/json",
          ...(init.headers ?? {})
        }
      });
      if (!res.ok) throw new Error(`ADO ${res.status}: ${await res.text()}`);
      return res.json();
    }

    api.registerTool({
      name: "ado_work_item",
      description: "Get an Azure DevOps work item by id.",
      parameters: { type: "object", properties: { id: { type: "number" } }, required: ["id"] },
      async execute(_id: string, p: { id: number }) {
        const wi = await ado(`_apis/wit/workitems/${p.id}?api-version=7.1`);
        const f = wi.fields ?? {};
        return { content: [{ type: "text", text: `#${wi.id} [${f["System.State"]}] ${f["System.Title"]}\nAssigned: ${f["System.AssignedTo"]?.displayName ?? "-"}` }] };
      }
    });

    api.registerTool({
      name: "ado_query",
      description: "Run a WIQL query in the configured project and list matching work items.",
      parameters: { type: "object", properties: { wiql: { type: "string" } }, required: ["wiql"] },
      async execute(_id: string, p: { wiql: string }) {
        const proj = cfg.project ? encodeURIComponent(cfg.project) + "/" : "";
        const r = await ado(`${proj}_apis/wit/wiql?api-version=7.1`, { method: "POST", body: JSON.stringify({ query: p.wiql }) });
        const ids = (r.workItems ?? []).slice(0, 50).map((w: any) => w.id);
        return { content: [{ type: "text", text: ids.length ? `Matches: ${ids.join(", ")}` : "No matches." }] };
      }
    });

    api.registerTool({
      name: "ado_pipeline_runs",
      description: "List the latest runs of a pipeline.",
      parameters: { type: "object", properties: { pipelineId: { type: "number" } }, required: ["pipelineId"] },
      async execute(_id: string, p: { pipelineId: number }) {
        const proj = encodeURIComponent(cfg.project ?? "");
        const r = await ado(`${proj}/_apis/pipelines/${p.pipelineId}/runs?api-version=7.1`);
        const lines = (r.value ?? []).slice(0, 10).map((x: any) => `${x.id} ${x.state}/${x.result ?? "-"} ${x.createdDate}`);
        return { content: [{ type: "text", text: lines.join("\n") || "No runs." }] };
      }
    });
  }
};
