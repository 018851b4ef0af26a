"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFile, execFileSync } = require("child_process");
const readline = require("readline/promises");
const { MODELS, BINARIES } = require("./lib/assets");
const { downloadVerified } = require("./lib/download");

const expand = (p) => (p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p);

function which(bin) {
  try {
    return execFileSync(process.platform === "win32" ? "where" : "which", [bin], { encoding: "utf8" }).split(/\r?\n/)[0].trim() || null;
  } catch {
    return null;
  }
}

function register(api) {
  const cfg = Object.assign({ model: "base", modelsDir: "~/.openclaw/whisper", language: "auto", threads: 4 }, api.pluginConfig || {});
  const dir = expand(cfg.modelsDir);
  const modelPath = path.join(dir, `ggml-${cfg.model}.bin`);
  const localBin = path.join(dir, "bin", process.platform === "win32" ? "whisper-cli.exe" : "whisper-cli");
  const binary = () => cfg.binary || (fs.existsSync(localBin) ? localBin : which("whisper-cli"));

  function toWav(input) {
    const out = path.join(os.tmpdir(), `oc-whisper-${process.pid}-${Date.now()}.wav`);
    execFileSync("ffmpeg", ["-y", "-loglevel", "error", "-i", input, "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", out]);
    return out;
  }

  function transcribe(file) {
    return new Promise((resolve, reject) => {
      const bin = binary();
      if (!bin) return reject(new Error("whisper-cli not found. Run `openclaw whisper setup` or `brew install whisper-cpp`."));
      if (!fs.existsSync(modelPath)) return reject(new Error(`model missing: ${modelPath}. Run \`openclaw whisper setup\`.`));
      const wav = toWav(file);
      execFile(bin, ["-m", modelPath, "-f", wav, "-l", cfg.language, "-t", String(cfg.threads), "-nt", "-np"], { maxBuffer: 8 << 20 }, (err, stdout) => {
        fs.rm(wav, () => {});
        if (err) return reject(err);
        resolve(stdout.trim());
      });
    });
  }

  api.registerTool({
    name: "transcribe_audio",
    description: "Transcribe a local audio file (voice note, mp3, m4a, ogg, wav) to text, offline.",
    parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] },
    async execute(_id, params) {
      const text = await transcribe(expand(params.path));
      return { content: [{ type: "text", text: text || "(no speech detected)" }] };
    },
  });

  api.registerCli(
    ({ program }) => {
      const w = program.command("whisper").description("Local whisper.cpp transcription");
      w.command("setup")
        .description("Download the whisper model (and on Windows the whisper.cpp binary), verifying SHA-256")
        .option("-y, --yes", "don't ask")
        .action(async (opts) => {
          const m = MODELS[cfg.model];
          const plan = [];
          if (!fs.existsSync(modelPath)) plan.push({ what: `model ${cfg.model} (~${m.mb} MB)`, url: m.url, dest: modelPath, sha: m.sha256 });
          const key = `${process.platform}-${process.arch}`;
          if (!binary()) {
            if (BINARIES[key]) plan.push({ what: `whisper.cpp binary for ${key}`, url: BINARIES[key].url, dest: path.join(dir, "bin.zip"), sha: BINARIES[key].sha256, zip: BINARIES[key].exe });
            else console.log("whisper-cli not found: install it with `brew install whisper-cpp` (macOS/Linuxbrew) or build from source.");
          }
          if (!plan.length) return console.log("Everything is already installed.");
          for (const p of plan) console.log(`- ${p.what}\n    from ${p.url}`);
          if (!opts.yes) {
            const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
            const a = await rl.question("Download these? [y/N] ");
            rl.close();
            if (!/^y(es)?$/i.test(a.trim())) return console.log("Aborted.");
          }
          for (const p of plan) {
            await downloadVerified(p.url, p.dest, p.sha, (f) => process.stdout.write(`\r  ${p.what}: ${(f * 100).toFixed(0)}%`));
            process.stdout.write("\n");
            if (p.zip) {
              execFileSync("powershell.exe", ["-NoProfile", "-Command", `Expand-Archive -Force -Path '${p.dest}' -DestinationPath '${path.join(dir, "unz")}'`]);
              fs.mkdirSync(path.dirname(localBin), { recursive: true });
              fs.renameSync(path.join(dir, "unz", p.zip), localBin);
              fs.rmSync(path.join(dir, "unz"), { recursive: true, force: true });
              fs.rmSync(p.dest, { force: true });
            }
          }
          console.log("whisper is ready.");
        });
    },
    { commands: ["whisper"] }
  );
}

module.exports = { id: "whisper-local", name: "Whisper (local)", register };
