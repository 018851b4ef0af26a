export default function (dir?: string): string
export function hooks(dir?: string): string[]
