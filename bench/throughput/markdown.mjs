/** The throughput results as a markdown page. */
export function markdown(r) {
  return `# Throughput bench

Generated ${r.generatedAt} by \`node bench/throughput/run.mjs\` — engine revision \`${r.engineRevision}\`, Node ${r.node},
${r.cpus}, unpacker ${r.unpacker}, median of ${r.rounds} rounds over ${r.packages} packages (${r.tarballMB} MB packed, ${r.unpackedMB} MB unpacked).

| pipeline | median time | MB/s (unpacked) |
|---|---:|---:|
| plain \`tar -xzf\` (floor) | ${r.medianMs.tarXzf} ms | ${r.throughputMBps.tarXzfUnpacked} |
| clawguard: unpack + every rule | ${r.medianMs.clawguard} ms | ${r.throughputMBps.clawguardUnpacked} |
| of which unpack | ${r.medianMs.clawguardUnpack} ms | |
| of which inspect | ${r.medianMs.clawguardInspect} ms | ${r.throughputMBps.inspectOnlyUnpacked} |

**Ratio to plain extraction: ${r.ratioToTar}x** (median of the per-round ratios ${r.rounds_detail.map((d) => `${d.ratio ?? Math.round((d.clawguardMs / d.tarMs) * 100) / 100}x`).join(', ')}; target ≤ ${r.target.ratioToTarAtMost}x: ${r.target.met ? 'met' : 'NOT met'}).${r.loadAverage ? ` Load average at the end: ${r.loadAverage.join(', ')} on ${r.cpus.split(' ')[0]} cores shared with other work, so absolute MB/s are pessimistic; the interleaved ratio is the figure to read.` : ''}

Slowest packages to inspect:

| package | unpacked MB | tar -xzf ms | unpack ms | inspect ms |
|---|---:|---:|---:|---:|
${r.slowestToInspect.map((s) => `| ${s.package} | ${s.unpackedMB} | ${s.tarMs} | ${s.unpackMs} | ${s.inspectMs} |`).join('\n')}
`;
}
