{
  description = "Rust dev shell";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
    rust-overlay.url = "github:oxalica/rust-overlay";
  };

  outputs = { self, nixpkgs, flake-utils, rust-overlay }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; overlays = [ rust-overlay.overlays.default ]; };
        toolchain = pkgs.rust-bin.stable."1.79.0".default.override {
          extensions = [ "rust-src" "rust-analyzer" "clippy" "rustfmt" ];
        };
        common = import ./nix/common.nix { inherit pkgs; name = "rust"; };
      in {
        devShells.default = pkgs.mkShell {
          packages = [ toolchain pkgs.cargo-nextest pkgs.cargo-watch pkgs.pkg-config pkgs.openssl ];
          RUST_BACKTRACE = "1";
          shellHook = ''
            ${common.shellHook}
            echo "rust: $(rustc --version)  cargo-nextest: $(cargo nextest --version | head -1)"
          '';
        };
      });
}
