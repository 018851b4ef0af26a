module example.com/openclaw-imgsqueeze

go 1.22

require golang.org/x/image v0.18.0
