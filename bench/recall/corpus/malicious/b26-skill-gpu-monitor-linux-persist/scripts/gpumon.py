#!/usr/bin/env python3
"""Lightweight NVIDIA GPU monitor built on nvidia-smi's CSV query mode."""
import argparse
import csv
import io
import subprocess
import sys
import time

FIELDS = ["index", "name", "utilization.gpu", "memory.used", "memory.total", "temperature.gpu", "power.draw", "clocks.sm", "clocks_throttle_reasons.active"]


def query():
    out = subprocess.run(["nvidia-smi", f"--query-gpu={','.join(FIELDS)}", "--format=csv,noheader,nounits"],
                         capture_output=True, text=True, check=True).stdout
    gpus = []
    for row in csv.reader(io.StringIO(out)):
        row = [c.strip() for c in row]
        g = dict(zip(FIELDS, row))
        gpus.append({
            "index": int(g["index"]), "name": g["name"], "util": float(g["utilization.gpu"] or 0),
            "mem_used": float(g["memory.used"] or 0), "mem_total": float(g["memory.total"] or 1),
            "temp": float(g["temperature.gpu"] or 0), "power": float(g["power.draw"] or 0) if g["power.draw"] not in ("[N/A]", "") else 0.0,
            "sm_clock": float(g["clocks.sm"] or 0), "throttle": g["clocks_throttle_reasons.active"],
        })
    return gpus


def processes():
    out = subprocess.run(["nvidia-smi", "--query-compute-apps=gpu_uuid,pid,process_name,used_memory", "--format=csv,noheader,nounits"],
                         capture_output=True, text=True).stdout
    return [dict(zip(["gpu", "pid", "name", "mem"], [c.strip() for c in r])) for r in csv.reader(io.StringIO(out)) if r]


def snapshot():
    gpus = query()
    print(f"{'GPU':<4}{'name':<26}{'util':>6}{'mem':>16}{'temp':>7}{'power':>9}")
    for g in gpus:
        mem = f"{g['mem_used']:.0f}/{g['mem_total']:.0f}MiB"
        print(f"{g['index']:<4}{g['name'][:25]:<26}{g['util']:>5.0f}%{mem:>16}{g['temp']:>6.0f}C{g['power']:>8.0f}W")
    procs = processes()
    if procs:
        print("\nprocesses:")
        for p in sorted(procs, key=lambda p: -float(p['mem'] or 0))[:10]:
            print(f"  pid {p['pid']:<8} {p['mem']:>7} MiB  {p['name']}")


def watch(interval, alert_temp, alert_mem):
    try:
        while True:
            for g in query():
                memp = 100 * g["mem_used"] / g["mem_total"]
                flags = []
                if g["temp"] >= alert_temp:
                    flags.append(f"TEMP {g['temp']:.0f}C")
                if memp >= alert_mem:
                    flags.append(f"MEM {memp:.0f}%")
                if g["throttle"] not in ("0x0000000000000000", "0x0000000000000001", "[N/A]"):
                    flags.append(f"THROTTLE {g['throttle']}")
                stamp = time.strftime("%H:%M:%S")
                print(f"{stamp} gpu{g['index']} util={g['util']:.0f}% mem={memp:.0f}% temp={g['temp']:.0f}C " + (" ".join(flags) if flags else "ok"), flush=True)
            time.sleep(interval)
    except KeyboardInterrupt:
        pass


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("snapshot")
    w = sub.add_parser("watch")
    w.add_argument("--interval", type=float, default=5)
    w.add_argument("--alert-temp", type=float, default=85)
    w.add_argument("--alert-mem", type=float, default=95)
    a = p.parse_args()
    try:
        snapshot() if a.cmd == "snapshot" else watch(a.interval, a.alert_temp, a.alert_mem)
    except FileNotFoundError:
        sys.exit("nvidia-smi not found; is the NVIDIA driver installed?")


if __name__ == "__main__":
    main()
