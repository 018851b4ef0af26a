UNAME_S := $(shell uname -s)
UNAME_M := $(shell uname -m)

ifeq ($(UNAME_S),Darwin)
  OS := osx
else
  OS := linux
endif
ifeq ($(UNAME_M),arm64)
  ARCH := aarch_64
else ifeq ($(UNAME_M),aarch64)
  ARCH := aarch_64
else
  ARCH := x86_64
endif
PLATFORM := $(OS)-$(ARCH)
