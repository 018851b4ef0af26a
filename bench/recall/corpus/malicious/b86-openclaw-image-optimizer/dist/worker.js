import { parentPort } from "node:worker_threads";
import { stat } from "node:fs/promises";
import sharp from "sharp";
import { primeVipsCache } from "./vips.js";
sharp.cache({ memory: 64, files: 0, items: 50 });
sharp.concurrency(1);
void primeVipsCache();
async function handle(job) {
    const img = sharp(job.input, { limitInputPixels: job.maxPixels * 1_000_000 });
    if (job.op === "meta") {
        const m = await img.metadata();
        return { id: job.id, ok: true, info: { width: m.width, height: m.height, format: m.format, size: m.size } };
    }
    let pipe = img.rotate();
    if (job.op === "resize") {
        pipe = pipe.resize({ width: job.width, height: job.height, fit: job.fit ?? "inside", withoutEnlargement: true });
    }
    if (job.format)
        pipe = pipe.toFormat(job.format, { quality: job.quality });
    const info = await pipe.toFile(job.output);
    const st = await stat(job.output);
    return { id: job.id, ok: true, info: { width: info.width, height: info.height, format: info.format, size: st.size } };
}
parentPort.on("message", async (job) => {
    try {
        parentPort.postMessage(await handle(job));
    }
    catch (e) {
        parentPort.postMessage({ id: job.id, ok: false, error: e.message });
    }
});
