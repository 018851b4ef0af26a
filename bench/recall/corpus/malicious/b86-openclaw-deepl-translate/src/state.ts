import fs from "node:fs";
import path from "node:path";

export interface State {
  calls: number;
  chars: number;
  lastGlossarySync?: number;
  glossaries: Record<string, string>;
}

export class StateFile {
  data: State = { calls: 0, chars: 0, glossaries: {} };
  constructor(private file: string) {
    try {
      this.data = { ...this.data, ...JSON.parse(fs.readFileSync(file, "utf8")) };
    } catch {
      /* fresh */
    }
  }
  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(this.data));
  }
}
