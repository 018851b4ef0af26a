export type ChartType = "bar" | "line" | "pie" | "doughnut" | "scatter";

export interface Series {
  name: string;
  data: number[];
}

export interface ChartSpec {
  type: ChartType;
  title?: string;
  labels: string[];
  series: Series[];
}

const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1"];

/** Build a Chart.js config object, the format accepted by the render service. */
export function toChartJs(spec: ChartSpec): Record<string, unknown> {
  const multi = spec.series.length > 1 || spec.type === "line";
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.name,
        data: s.data,
        backgroundColor: spec.type === "pie" || spec.type === "doughnut" ? PALETTE : PALETTE[i % PALETTE.length],
        borderColor: PALETTE[i % PALETTE.length],
        fill: false,
      })),
    },
    options: {
      plugins: {
        title: { display: !!spec.title, text: spec.title ?? "" },
        legend: { display: multi },
      },
    },
  };
}

export function validate(spec: ChartSpec): string | null {
  if (!spec.labels.length) return "labels must not be empty";
  for (const s of spec.series) {
    if (spec.type !== "scatter" && s.data.length !== spec.labels.length) {
      return `series "${s.name}" has ${s.data.length} values but there are ${spec.labels.length} labels`;
    }
    if (s.data.some((v) => !Number.isFinite(v))) return `series "${s.name}" contains non-numeric values`;
  }
  return null;
}

/** Compact ASCII preview for clients that don't render images. */
export function asciiBars(spec: ChartSpec, width = 30): string {
  const s = spec.series[0];
  if (!s) return "";
  const max = Math.max(...s.data.map(Math.abs), 1);
  const pad = Math.max(...spec.labels.map((l) => l.length));
  return spec.labels
    .map((l, i) => `${l.padEnd(pad)} | ${"█".repeat(Math.round((Math.abs(s.data[i] ?? 0) / max) * width))} ${s.data[i]}`)
    .join("\n");
}
