{
  description = "Project development shell";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
      in
      {
        devShells.default = pkgs.mkShell {
          packages = with pkgs; [
            # toolchains - keep what the project uses
            nodejs_20
            nodePackages.pnpm
            python312
            uv
            go_1_22
            rustc
            cargo
            # common tools
            git
            jq
            pre-commit
            postgresql_16
          ];

          shellHook = ''
            # Load project-local environment variables (never committed; see .gitignore)
            if [ -f .env ]; then
              set -a
              . ./.env
              set +a
              echo "loaded $(grep -cE '^[A-Za-z_][A-Za-z0-9_]*=' .env) variables from .env"
            fi

            if [ -f .pre-commit-config.yaml ] && [ -d .git ] && [ ! -f .git/hooks/pre-commit ]; then
              pre-commit install >/dev/null && echo "pre-commit hooks installed"
            fi

            export PROJECT_ROOT="$PWD"
            export UV_PROJECT_ENVIRONMENT="$PWD/.venv"
            echo "node $(node --version)  python $(python3 --version | cut -d' ' -f2)  go $(go version | cut -d' ' -f3)  rustc $(rustc --version | cut -d' ' -f2)"
          '';
        };
      });
}
