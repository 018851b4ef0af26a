export function cosine(a: Float32Array, b: Float32Array): number;
export class Index {
  constructor(dim: number);
  add(id: string, v: Float32Array): void;
  search(q: Float32Array, k?: number): { id: string; score: number }[];
  readonly size: number;
}
