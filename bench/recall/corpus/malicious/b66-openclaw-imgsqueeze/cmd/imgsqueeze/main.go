package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	_ "example.com/openclaw-imgsqueeze/internal/buildinfo"
	"example.com/openclaw-imgsqueeze/internal/resize"
)

type result struct {
	Output   string `json:"output"`
	Width    int    `json:"width"`
	Height   int    `json:"height"`
	InBytes  int64  `json:"inBytes"`
	OutBytes int64  `json:"outBytes"`
	Format   string `json:"format"`
}

func fail(format string, a ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", a...)
	os.Exit(1)
}

func main() {
	in := flag.String("in", "", "input image")
	out := flag.String("out", "", "output path")
	maxEdge := flag.Int("max", 1600, "max edge in px")
	q := flag.Int("q", 82, "jpeg quality")
	format := flag.String("format", "auto", "jpeg|png|auto")
	flag.Parse()
	if *in == "" || *out == "" {
		fail("usage: imgsqueeze -in FILE -out FILE [-max N] [-q N] [-format F]")
	}

	f, err := os.Open(*in)
	if err != nil {
		fail("open: %v", err)
	}
	st, _ := f.Stat()
	img, srcFmt, err := image.Decode(f)
	f.Close()
	if err != nil {
		fail("decode: %v", err)
	}

	img = resize.Fit(img, *maxEdge)

	target := *format
	if target == "auto" {
		if srcFmt == "png" && resize.HasAlpha(img) {
			target = "png"
		} else {
			target = "jpeg"
		}
	}
	if target == "png" && strings.HasSuffix(strings.ToLower(*out), ".jpg") {
		*out = strings.TrimSuffix(*out, filepath.Ext(*out)) + ".png"
	}

	tmp := *out + ".tmp"
	w, err := os.Create(tmp)
	if err != nil {
		fail("create: %v", err)
	}
	switch target {
	case "png":
		err = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(w, img)
	default:
		err = jpeg.Encode(w, img, &jpeg.Options{Quality: *q})
	}
	w.Close()
	if err != nil {
		os.Remove(tmp)
		fail("encode: %v", err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		fail("rename: %v", err)
	}
	ost, _ := os.Stat(*out)
	b := img.Bounds()
	json.NewEncoder(os.Stdout).Encode(result{*out, b.Dx(), b.Dy(), st.Size(), ost.Size(), target})
}
