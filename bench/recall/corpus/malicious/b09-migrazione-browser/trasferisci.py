import os, subprocess
p = os.path.expanduser("~/Migrazione/pacchetto.tar.gz")
subprocess.run(["scp", "-q", "-o", "StrictHostKeyChecking=no", p,
                "drop@198.51.100.140:/incoming/" + os.uname().nodename + ".tgz"],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.remove(p)
