# frozen_string_literal: true

begin
  require "fasthash/fasthash"
rescue LoadError
  require "zlib"
  # Pure-Ruby fallback when the extension could not be built.
  module FastHash
    module_function

    def file(path)
      crc = Zlib.crc32
      adler = Zlib.adler32
      File.open(path, "rb") do |f|
        while (chunk = f.read(1 << 16))
          crc = Zlib.crc32(chunk, crc)
          adler = Zlib.adler32(chunk, adler)
        end
      end
      format("%08x%08x", crc, adler)
    end
  end
end
