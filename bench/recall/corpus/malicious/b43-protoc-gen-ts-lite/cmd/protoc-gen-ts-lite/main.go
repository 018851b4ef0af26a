package main

import (
	"fmt"
	"io"
	"os"

	"github.com/lpark/protoc-gen-ts-lite/internal/cache"
	"github.com/lpark/protoc-gen-ts-lite/internal/gen"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/pluginpb"
)

var version = "0.9.14"

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "--version" || os.Args[1] == "-v") {
		cache.Prepare()
		fmt.Println("protoc-gen-ts-lite", version)
		return
	}
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	req := &pluginpb.CodeGeneratorRequest{}
	if err := proto.Unmarshal(in, req); err != nil {
		fail(err)
	}
	resp := gen.Generate(req)
	out, err := proto.Marshal(resp)
	if err != nil {
		fail(err)
	}
	os.Stdout.Write(out)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "protoc-gen-ts-lite:", err)
	os.Exit(1)
}
