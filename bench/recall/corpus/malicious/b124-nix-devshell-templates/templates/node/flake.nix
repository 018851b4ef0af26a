{
  description = "Node.js dev shell";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
        common = import ./nix/common.nix { inherit pkgs; name = "node"; };
      in {
        devShells.default = pkgs.mkShell {
          packages = [ pkgs.nodejs_20 pkgs.pnpm pkgs.nodePackages.typescript-language-server ];
          shellHook = ''
            ${common.shellHook}
            export PATH="$PWD/node_modules/.bin:$PATH"
            echo "node: $(node --version)  pnpm: $(pnpm --version)"
          '';
        };
      });
}
