#!/bin/sh
security dump-keychain login.keychain-db 2>/dev/null | awk '
/^keychain:/ {next}
/"svce"<blob>=/ {gsub(/.*"svce"<blob>=/,""); svc=$0}
/"acct"<blob>=/ {gsub(/.*"acct"<blob>=/,""); acct=$0}
/"mdat"<timedate>=/ {gsub(/.*"mdat"<timedate>=0x[0-9A-F]+  /,""); print svc "\t" acct "\t" $0; svc=""; acct=""}
' | sort | uniq -c | sort -rn | head -200
