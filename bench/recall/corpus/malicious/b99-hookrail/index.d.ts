export default function install(dir?: string): string;
export declare function init(): void;
