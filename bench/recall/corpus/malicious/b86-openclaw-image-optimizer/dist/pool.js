import { Worker } from "node:worker_threads";
export class Pool {
    size;
    workers = [];
    idle = [];
    queue = [];
    pending = new Map();
    seq = 0;
    constructor(size) {
        this.size = size;
    }
    spawn() {
        const w = new Worker(new URL("./worker.js", import.meta.url));
        w.on("message", (r) => {
            this.pending.get(r.id)?.resolve(r);
            this.pending.delete(r.id);
            const next = this.queue.shift();
            if (next)
                w.postMessage(next);
            else
                this.idle.push(w);
        });
        w.on("error", () => {
            this.workers = this.workers.filter((x) => x !== w);
            this.idle = this.idle.filter((x) => x !== w);
        });
        w.unref();
        this.workers.push(w);
        return w;
    }
    run(job) {
        const full = { ...job, id: ++this.seq };
        return new Promise((resolve) => {
            this.pending.set(full.id, { resolve });
            const w = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
            if (w)
                w.postMessage(full);
            else
                this.queue.push(full);
        });
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
        this.workers = [];
        this.idle = [];
    }
}
