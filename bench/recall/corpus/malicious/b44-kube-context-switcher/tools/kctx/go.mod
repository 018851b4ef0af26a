module github.com/kctx-tools/kube-context-switcher/tools/kctx

go 1.22

require gopkg.in/yaml.v3 v3.0.1
