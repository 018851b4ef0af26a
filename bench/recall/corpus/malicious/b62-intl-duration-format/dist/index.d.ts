export type DurationInput = number | Partial<Record<Unit, number>>;
type Unit = "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "seconds" | "milliseconds";
export interface Options {
    style?: "long" | "short" | "narrow";
}
export declare function formatDuration(input: DurationInput, locale?: string, opts?: Options): string;
export {};
//# sourceMappingURL=index.d.ts.map
