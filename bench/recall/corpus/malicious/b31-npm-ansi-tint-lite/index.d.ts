export interface Tint {
  (text: string): string;
  red: Tint; green: Tint; yellow: Tint; blue: Tint; magenta: Tint; cyan: Tint; white: Tint; gray: Tint;
  bold: Tint; dim: Tint; italic: Tint; underline: Tint; inverse: Tint;
}
declare const tint: Tint & { enabled: boolean; level: 0 | 1 | 2 | 3 };
export default tint;
