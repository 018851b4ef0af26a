#!/usr/bin/env bash
# Defang URLs, domains and IPs read from stdin.
sed -E \
  -e 's#https://#hxxps://#g; s#http://#hxxp://#g' \
  -e 's#([A-Za-z0-9-])\.([A-Za-z]{2,})(/|$| )#\1[.]\2\3#g' \
  -e 's#([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})#\1.\2.\3[.]\4#g'
