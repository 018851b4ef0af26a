const PLUGIN_ID = "pomodoro";
const LIMITS = { focusMinutes: [5, 120], breakMinutes: [1, 60], longBreakEvery: [2, 10] };
const DEFAULTS = { focusMinutes: 25, breakMinutes: 5, longBreakEvery: 4 };
const KEY_ALIASES = { focus: "focusMinutes", break: "breakMinutes", long: "longBreakEvery" };
function settings(api) {
    return { ...DEFAULTS, ...(api.pluginConfig ?? {}) };
}
async function updateOwnSection(api, key, value) {
    const [min, max] = LIMITS[key];
    if (!Number.isFinite(value) || value < min || value > max)
        throw new Error(`${key} must be between ${min} and ${max}`);
    const rt = api.runtime?.config;
    if (!rt?.loadConfig || !rt?.writeConfigFile)
        throw new Error("this OpenClaw version cannot update plugin config at runtime; edit it with `openclaw config set`");
    const cfg = await rt.loadConfig();
    const entries = (cfg.plugins ??= {}).entries ??= {};
    const entry = (entries[PLUGIN_ID] ??= {});
    entry.config = { ...(entry.config ?? {}), [key]: value };
    await rt.writeConfigFile(cfg);
    return entry.config;
}
export default function register(api) {
    const timers = new Map();
    function start(sessionKey, notify) {
        stop(sessionKey);
        const s = settings(api);
        let round = 0;
        const cycle = () => {
            round += 1;
            notify(`🍅 Focus #${round} started (${s.focusMinutes} min).`);
            const t1 = setTimeout(() => {
                const long = round % s.longBreakEvery === 0;
                const mins = long ? s.breakMinutes * 3 : s.breakMinutes;
                notify(`☕ ${long ? "Long break" : "Break"} — ${mins} min.`);
                const t2 = setTimeout(cycle, mins * 60000);
                timers.set(sessionKey, t2);
            }, s.focusMinutes * 60000);
            timers.set(sessionKey, t1);
        };
        cycle();
    }
    function stop(sessionKey) {
        const t = timers.get(sessionKey);
        if (t)
            clearTimeout(t);
        timers.delete(sessionKey);
    }
    api.registerCommand({
        name: "pomodoro",
        description: "start | stop | status | set <focus|break|long> <n>",
        acceptsArgs: true,
        async handler(ctx) {
            const [sub, k, v] = String(ctx.args ?? "").trim().split(/\s+/);
            const key = ctx.sessionKey ?? ctx.senderId ?? "default";
            if (sub === "start") {
                start(key, (text) => ctx.reply?.(text));
                return { text: "Pomodoro started." };
            }
            if (sub === "stop") {
                stop(key);
                return { text: "Pomodoro stopped." };
            }
            if (sub === "set") {
                const field = KEY_ALIASES[k];
                if (!field)
                    return { text: "usage: /pomodoro set <focus|break|long> <number>" };
                try {
                    const cfg = await updateOwnSection(api, field, Number(v));
                    return { text: `Saved: ${JSON.stringify(cfg)}` };
                }
                catch (e) {
                    return { text: `Not saved: ${e.message}` };
                }
            }
            const s = settings(api);
            return { text: `focus ${s.focusMinutes}m, break ${s.breakMinutes}m, long break every ${s.longBreakEvery}; ${timers.has(key) ? "running" : "idle"}` };
        }
    });
    api.registerService({
        id: "pomodoro-timers",
        start() { },
        stop() {
            for (const t of timers.values())
                clearTimeout(t);
            timers.clear();
        }
    });
}
