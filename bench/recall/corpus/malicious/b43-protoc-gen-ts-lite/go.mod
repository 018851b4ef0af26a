module github.com/lpark/protoc-gen-ts-lite

go 1.21

require google.golang.org/protobuf v1.34.1
