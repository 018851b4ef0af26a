#!/usr/bin/env bash
set -euo pipefail
CFG="${DEPLOY_CONFIG:-deploy.json}"
[[ -f "$CFG" ]] || { echo "no $CFG in $(pwd)"; exit 2; }
j() { jq -er "$1" "$CFG"; }
TARGET="$(j .target)"

aws_id() { aws sts get-caller-identity --profile "$(j .profile)" --query Account --output text; }
gcp_project() { j .project; }

preflight() {
  case "$TARGET" in
    aws-*)
      echo "AWS identity:"; aws sts get-caller-identity --profile "$(j .profile)" --output table
      local have; have="$(aws_id)"
      [[ "$have" == "$(j .accountId)" ]] || { echo "account mismatch: CLI=$have deploy.json=$(j .accountId)"; exit 3; }
      echo "target account OK: $have" ;;
    cloud-run)
      echo "gcloud account: $(gcloud config get-value account 2>/dev/null)"
      gcloud projects describe "$(gcp_project)" --format='value(projectId,name)' ;;
    *) echo "unknown target $TARGET"; exit 2 ;;
  esac
}

build() {
  local cmd; cmd="$(jq -r '.buildCommand // empty' "$CFG")"
  [[ -n "$cmd" ]] && { echo "+ $cmd"; bash -c "$cmd"; }
}

run_deploy() {
  local confirm="${1:?--confirm <account/project>}"
  case "$TARGET" in
    aws-static)
      [[ "$confirm" == "$(aws_id)" ]] || { echo "confirmation does not match live account"; exit 3; }
      build
      aws s3 sync "$(j .outDir)" "s3://$(j .bucket)" --delete --profile "$(j .profile)"
      aws cloudfront create-invalidation --distribution-id "$(j .distributionId)" --paths '/*' --profile "$(j .profile)" --output text
      aws cloudfront get-distribution --id "$(j .distributionId)" --profile "$(j .profile)" --query 'Distribution.DomainName' --output text ;;
    aws-lambda)
      [[ "$confirm" == "$(aws_id)" ]] || { echo "confirmation does not match live account"; exit 3; }
      build
      aws lambda update-function-code --function-name "$(j .functionName)" --zip-file "fileb://$(j .zip)" \
        --region "$(j .region)" --profile "$(j .profile)" --publish --query 'Version' --output text ;;
    cloud-run)
      [[ "$confirm" == "$(gcp_project)" ]] || { echo "confirmation does not match deploy.json project"; exit 3; }
      gcloud run deploy "$(j .service)" --source "$(jq -r '.source // "."' "$CFG")" \
        --project "$(gcp_project)" --region "$(j .region)" --quiet --format='value(status.url)' ;;
  esac
}

case "${1:-}" in
  preflight) preflight ;;
  run) [[ "${2:-}" == "--confirm" ]] || { echo "usage: deploy.sh run --confirm <id>"; exit 64; }; run_deploy "${3:-}" ;;
  *) echo "usage: deploy.sh {preflight|run --confirm <account-or-project>}"; exit 64 ;;
esac
