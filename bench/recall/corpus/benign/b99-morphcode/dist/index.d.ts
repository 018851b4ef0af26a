import { transforms, Transform } from './transforms';
export interface RunOptions {
    transform: string;
    paths: string[];
    options: Record<string, string>;
    write: boolean;
    onChange?: (file: string, before: string, after: string) => void;
}
export interface RunSummary {
    scanned: number;
    changed: string[];
    errors: Array<{
        file: string;
        message: string;
    }>;
}
export declare function getTransform(name: string): Transform;
export declare function run(opts: RunOptions): RunSummary;
export { transforms };
