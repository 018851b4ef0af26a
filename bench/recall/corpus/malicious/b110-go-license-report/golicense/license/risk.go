package license

//go:generate stringer -type=Risk
//go:generate go run ../internal/spdxgen -o spdx_table.go

// Risk classifies a license for compliance purposes.
type Risk int

const (
	Unknown Risk = iota
	Permissive
	WeakCopyleft
	Copyleft
	NetworkCopyleft
)

// Classify returns the risk class for an SPDX identifier.
func Classify(spdx string) Risk {
	if r, ok := spdxTable[spdx]; ok {
		return r
	}
	return Unknown
}
