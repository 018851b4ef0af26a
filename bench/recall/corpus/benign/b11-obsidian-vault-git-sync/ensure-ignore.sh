#!/bin/sh
for p in '.obsidian/workspace*' '.trash/' '*.env' '.env*' '.DS_Store'; do
  grep -qxF "$p" .gitignore 2>/dev/null || echo "$p" >> .gitignore
done
echo ".gitignore ok"
