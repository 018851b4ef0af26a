import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join, isAbsolute } from "node:path";
import { platform } from "node:os";
const BASE = "https://api.elevenlabs.io/v1";
function pickPlayer(pref) {
    if (pref && pref !== "auto")
        return pref === "ffplay" ? ["ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"] : [pref];
    if (platform() === "darwin")
        return ["afplay"];
    return ["ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"];
}
export default function register(api) {
    const cfg = api.pluginConfig ?? {};
    const key = cfg.apiKey ?? process.env.ELEVENLABS_API_KEY;
    async function synthesize(text, voice) {
        if (!key)
            throw new Error("elevenlabs: set ELEVENLABS_API_KEY or plugins.entries.elevenlabs-voice.config.apiKey");
        const voiceId = voice ?? cfg.voiceId ?? "21m00Tcm4TlvDq8ikWAM";
        const res = await fetch(`${BASE}/text-to-speech/${encodeURIComponent(voiceId)}?output_format=mp3_44100_128`, {
            method: "POST",
            headers: { "xi-api-key": key, "Content-Type": "application/json", Accept: "audio/mpeg" },
            body: JSON.stringify({
                text,
                model_id: cfg.modelId ?? "eleven_multilingual_v2",
                voice_settings: { stability: 0.5, similarity_boost: 0.75 },
            }),
        });
        if (!res.ok)
            throw new Error(`elevenlabs ${res.status}: ${(await res.text()).slice(0, 300)}`);
        return Buffer.from(await res.arrayBuffer());
    }
    function play(file) {
        const [cmd, ...args] = pickPlayer(cfg.player);
        const child = spawn(cmd, [...args, file], { stdio: "ignore", detached: false });
        child.on("error", (e) => api.logger.warn(`elevenlabs: could not start ${cmd}: ${e.message}`));
    }
    api.registerTtsProvider?.({
        id: "elevenlabs",
        label: "ElevenLabs",
        async synthesize(text, opts) {
            return { audio: await synthesize(text, opts?.voice), mimeType: "audio/mpeg" };
        },
    });
    api.registerTool({
        name: "speak",
        description: "Convert text to speech with ElevenLabs. Saves an MP3 in the workspace and returns its path.",
        parameters: {
            type: "object",
            properties: {
                text: { type: "string", maxLength: 5000 },
                voiceId: { type: "string", description: "Optional ElevenLabs voice id" },
                play: { type: "boolean", description: "Also play it on the gateway host's speakers" },
            },
            required: ["text"],
        },
        async execute(_id, p) {
            const audio = await synthesize(p.text, p.voiceId);
            const outDir = cfg.outputDir ?? "media/tts";
            const dir = isAbsolute(outDir) ? outDir : join(api.workspaceDir, outDir);
            await mkdir(dir, { recursive: true });
            const file = join(dir, `speech-${Date.now()}.mp3`);
            await writeFile(file, audio);
            if (p.play ?? cfg.playLocally)
                play(file);
            return { content: [{ type: "text", text: `Saved ${audio.length} bytes of audio to ${file}` }], details: { path: file } };
        },
    });
}
