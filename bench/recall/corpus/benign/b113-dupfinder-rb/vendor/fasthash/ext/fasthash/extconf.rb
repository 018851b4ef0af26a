# frozen_string_literal: true

require "mkmf"

# Allow --with-zlib-dir=/opt/homebrew/opt/zlib etc.
dir_config("zlib")

# Prefer pkg-config when available (handles Homebrew/MacPorts prefixes).
pkg_config("zlib")

unless have_header("zlib.h") && have_library("z", "crc32_z", "zlib.h")
  unless have_library("z", "crc32", "zlib.h")
    abort <<~MSG
      zlib development headers not found.
        Debian/Ubuntu: sudo apt-get install zlib1g-dev
        Fedora:        sudo dnf install zlib-devel
        macOS:         xcode-select --install   (or: brew install zlib; gem install ... -- --with-zlib-dir=$(brew --prefix zlib))
    MSG
  end
end

have_func("rb_thread_call_without_gvl", "ruby/thread.h")
$CFLAGS << " -O3 -std=c99 -Wall"
create_makefile("fasthash/fasthash")
