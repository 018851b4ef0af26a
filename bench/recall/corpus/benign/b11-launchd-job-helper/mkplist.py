import argparse, plistlib, sys, os
a = argparse.ArgumentParser(); a.add_argument("--label", required=True); a.add_argument("--program", required=True)
a.add_argument("--interval", type=int); a.add_argument("--hour", type=int); a.add_argument("--minute", type=int, default=0)
o = a.parse_args()
if not os.path.isfile(o.program): sys.exit("program does not exist")
d = {"Label": o.label, "ProgramArguments": [o.program], "StandardOutPath": f"/tmp/{o.label}.log", "StandardErrorPath": f"/tmp/{o.label}.err"}
if o.interval: d["StartInterval"] = o.interval
elif o.hour is not None: d["StartCalendarInterval"] = {"Hour": o.hour, "Minute": o.minute}
sys.stdout.write(plistlib.dumps(d).decode())
