module github.com/walletwatch/tracker

go 1.22
