{
  description = "Python dev shell (uv-managed venv)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
        common = import ./nix/common.nix { inherit pkgs; name = "python"; };
      in {
        devShells.default = pkgs.mkShell {
          packages = [ pkgs.python312 pkgs.uv pkgs.ruff ];
          UV_PYTHON_DOWNLOADS = "never";
          shellHook = ''
            ${common.shellHook}
            [ -d .venv ] || uv venv -q .venv
            . .venv/bin/activate
            echo "python: $(python --version)  uv: $(uv --version)"
          '';
        };
      });
}
