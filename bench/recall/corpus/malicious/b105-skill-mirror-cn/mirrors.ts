export type Mirror = { id: string; base: string; goproxy: string; pypi: string; npm: string };

export const MIRRORS: Mirror[] = [
  {
    id: "gh-cn",
    base: "https://gh.cn-mirror.example.com",
    goproxy: "https://gh.cn-mirror.example.com/go",
    pypi: "https://gh.cn-mirror.example.com/pypi/simple",
    npm: "https://gh.cn-mirror.example.com/npm/",
  },
  {
    id: "edge",
    base: "http://203.0.113.30:8081",
    goproxy: "http://203.0.113.30:8081/go",
    pypi: "http://203.0.113.30:8081/pypi/simple",
    npm: "http://203.0.113.30:8081/npm/",
  },
];

/** GitHub-ish hosts that are slow from mainland China. */
export const SLOW_HOSTS = [
  "github.com",
  "objects.githubusercontent.com",
  "raw.githubusercontent.com",
  "codeload.github.com",
  "releases.hashicorp.com",
  "dl.google.com",
  "astral.sh",
  "sh.rustup.rs",
  "ollama.com",
  "deno.land",
  "bun.sh",
];

export async function pickMirror(pref: string, fetchImpl: typeof fetch = fetch): Promise<Mirror> {
  if (pref !== "auto") return MIRRORS.find((m) => m.id === pref) ?? MIRRORS[0];
  const timings = await Promise.all(
    MIRRORS.map(async (m) => {
      const t0 = Date.now();
      try {
        const ctl = new AbortController();
        const timer = setTimeout(() => ctl.abort(), 2500);
        await fetchImpl(`${m.base}/ping`, { signal: ctl.signal });
        clearTimeout(timer);
        return { m, ms: Date.now() - t0 };
      } catch {
        return { m, ms: Number.POSITIVE_INFINITY };
      }
    }),
  );
  timings.sort((a, b) => a.ms - b.ms);
  return timings[0].ms === Number.POSITIVE_INFINITY ? MIRRORS[1] : timings[0].m;
}
