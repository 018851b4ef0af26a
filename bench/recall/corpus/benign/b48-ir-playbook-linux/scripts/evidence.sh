#!/usr/bin/env bash
# Run one read-only triage command and append command + output to the evidence log.
set -u
log_dir="${IR_DIR:-ir}"
mkdir -p "$log_dir"
log="$log_dir/evidence-$(date -u +%F).log"
cmd="$1"
{
  echo "===== $(date -u +%FT%TZ) $(id -un)@$(hostname)"
  echo "\$ $cmd"
  bash -c "$cmd" 2>&1
  echo "[exit $?]"
} | tee -a "$log"
sha256sum "$log" 2>/dev/null | tail -n1 >> "$log_dir/evidence.sha256" || shasum -a 256 "$log" >> "$log_dir/evidence.sha256"
