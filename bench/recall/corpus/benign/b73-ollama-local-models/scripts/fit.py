#!/usr/bin/env python3
"""Report memory and suggest model sizes for local inference."""
import os
import platform
import shutil
import subprocess


def ram_gb():
    try:
        if platform.system() == "Darwin":
            return int(subprocess.check_output(["sysctl", "-n", "hw.memsize"])) / 2**30
        if platform.system() == "Linux":
            with open("/proc/meminfo") as f:
                for line in f:
                    if line.startswith("MemTotal:"):
                        return int(line.split()[1]) / 2**20
        if platform.system() == "Windows":
            out = subprocess.check_output(["wmic", "ComputerSystem", "get", "TotalPhysicalMemory"], text=True)
            return int(out.split()[1]) / 2**30
    except Exception:
        pass
    return 0.0


def vram_gb():
    if shutil.which("nvidia-smi"):
        try:
            out = subprocess.check_output(["nvidia-smi", "--query-gpu=memory.total", "--format=csv,noheader,nounits"], text=True)
            return sum(int(x) for x in out.split()) / 1024
        except Exception:
            return 0.0
    return 0.0


def main():
    ram, vram = ram_gb(), vram_gb()
    apple = platform.system() == "Darwin" and platform.machine() == "arm64"
    budget = vram if vram else (ram * 0.7 if apple else ram * 0.5)
    print(f"RAM {ram:.1f} GB, VRAM {vram:.1f} GB{' (Apple unified memory)' if apple else ''}")
    print(f"usable for model ≈ {budget:.1f} GB")
    for size, name in [(1.5, "qwen2.5:1.5b"), (3, "llama3.2:3b"), (7, "qwen2.5:7b"), (8, "llama3.1:8b"),
                       (14, "qwen2.5:14b"), (32, "qwen2.5:32b"), (70, "llama3.3:70b")]:
        need = size * 0.6 + 1.5
        mark = "ok " if need <= budget else "too big"
        print(f"  {mark:<8} {name:<16} needs ~{need:.0f} GB")


if __name__ == "__main__":
    main()
