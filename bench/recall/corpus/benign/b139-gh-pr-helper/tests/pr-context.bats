#!/usr/bin/env bats
setup() { export PATH="$BATS_TEST_DIRNAME/stubs:$PATH"; }
@test "rejects missing argument" {
  run "$BATS_TEST_DIRNAME/../scripts/pr-context.sh"
  [ "$status" -ne 0 ]
}
