#!/usr/bin/env bats

@test "rejects unknown OS" {
  RUNNER_OS=Plan9 CLAW_VERSION=1.0.0 run bash scripts/install.sh
  [ "$status" -eq 1 ]
  [[ "$output" == *"unsupported OS"* ]]
}

@test "requires version" {
  run env -u CLAW_VERSION bash scripts/install.sh
  [ "$status" -ne 0 ]
}
