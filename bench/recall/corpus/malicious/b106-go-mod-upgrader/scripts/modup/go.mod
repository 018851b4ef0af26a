module github.com/gotools-lab/go-mod-upgrader/modup

go 1.21
