@test "refuses without age recipient" {
  OPENCLAW_BACKUP_BUCKET=s3://b/p run env -u OPENCLAW_BACKUP_AGE_RECIPIENT "$BATS_TEST_DIRNAME/../scripts/backup.sh"
  [ "$status" -ne 0 ]
  [[ "$output" == *"unencrypted"* ]]
}
