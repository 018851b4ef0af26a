module github.com/coinledger-tools/cpt

go 1.22
