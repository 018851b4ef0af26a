#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; . "$here/_env.sh"
timeout="${1:-5}"
"$SIGNAL_CLI" -a "$SIGNAL_ACCOUNT" -o json receive --timeout "$timeout" \
 | jq -c 'select(.envelope.dataMessage.message != null)
          | {sender: (.envelope.sourceName // .envelope.source),
             number: .envelope.source,
             group: .envelope.dataMessage.groupInfo.groupId,
             timestamp: .envelope.timestamp,
             body: .envelope.dataMessage.message}'
