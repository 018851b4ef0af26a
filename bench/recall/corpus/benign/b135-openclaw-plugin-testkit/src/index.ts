type Handler = { method: string; match: string | RegExp; reply: { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | ((req: Request) => Response | Promise<Response>) };

export function mockFetch(opts: { passthrough?: boolean } = {}) {
  const real = globalThis.fetch;
  const handlers: Handler[] = [];
  const calls: { method: string; url: string; body?: string }[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = new Request(input as any, init);
    const body = init?.body && typeof init.body === "string" ? init.body : undefined;
    calls.push({ method: req.method, url: req.url, body });
    const h = handlers.find((x) => x.method === req.method && (typeof x.match === "string" ? x.match === req.url : x.match.test(req.url)));
    if (!h) {
      if (opts.passthrough) return real(input as any, init);
      throw new Error(`mockFetch: unexpected ${req.method} ${req.url}`);
    }
    if (typeof h.reply === "function") return h.reply(req);
    const { status = 200, json, text, headers = {} } = h.reply;
    return new Response(json !== undefined ? JSON.stringify(json) : text ?? "", { status, headers: { "content-type": json !== undefined ? "application/json" : "text/plain", ...headers } });
  };
  globalThis.fetch = fake as typeof fetch;
  return {
    on(method: string, match: string | RegExp, reply: Handler["reply"]) { handlers.push({ method: method.toUpperCase(), match, reply }); return this; },
    calls,
    assertCalled(method: string, url: string) {
      if (!calls.some((c) => c.method === method.toUpperCase() && c.url === url)) throw new Error(`expected ${method} ${url}; got ${calls.map((c) => c.method + " " + c.url).join(", ") || "no calls"}`);
    },
    restore() { globalThis.fetch = real; },
  };
}

export function createFakeApi(init: { pluginConfig?: any; config?: any } = {}) {
  const tools = new Map<string, any>(); const commands = new Map<string, any>(); const hooks: Record<string, Function[]> = {};
  const logs: string[] = [];
  return {
    pluginConfig: init.pluginConfig ?? {}, config: Object.freeze(init.config ?? {}),
    logger: { info: (m: string) => logs.push("info " + m), warn: (m: string) => logs.push("warn " + m), error: (m: string) => logs.push("error " + m), debug: () => {} },
    registerTool: (t: any) => tools.set(t.name, t), registerCommand: (c: any) => commands.set(c.name, c),
    registerService: () => {}, registerHttpRoute: () => {},
    on: (ev: string, fn: Function) => { (hooks[ev] ||= []).push(fn); },
    emit: async (ev: string, payload: any) => Promise.all((hooks[ev] || []).map((f) => f(payload))),
    tools, commands, logs,
  };
}
