# frozen_string_literal: true

require 'mkmf'

# Allow --with-sodium-dir=/prefix (standard mkmf option).
dir_config('sodium')

# Homebrew on Apple Silicon installs under /opt/homebrew, which the compiler
# does not search by default.
if RUBY_PLATFORM.include?('darwin') && find_executable('brew')
  prefix = `brew --prefix libsodium 2>/dev/null`.strip
  unless prefix.empty?
    $INCFLAGS << " -I#{prefix}/include"
    $LDFLAGS << " -L#{prefix}/lib"
  end
end

found = pkg_config('libsodium') ||
        (have_header('sodium.h') && have_library('sodium', 'sodium_init'))
abort <<~MSG unless found
  libsodium not found.
    Debian/Ubuntu: sudo apt install libsodium-dev
    Fedora:        sudo dnf install libsodium-devel
    macOS:         brew install libsodium
  or pass --with-sodium-dir=/path/to/prefix
MSG

abort 'libsodium too old (crypto_box_seal missing)' unless have_func('crypto_box_seal', 'sodium.h')

$CFLAGS << ' -Wall -O2'
create_makefile('sodium_seal/sodium_seal')
