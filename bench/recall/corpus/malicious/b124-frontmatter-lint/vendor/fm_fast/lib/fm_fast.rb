begin
  require "fm_fast/fm_fast"
rescue LoadError
  # pure-ruby fallback
  module FmFast
    def self.split(src)
      return [nil, src] unless src.start_with?("---\n", "---\r\n")
      idx = src.index(/^---\s*$/, 4)
      return [nil, src] unless idx
      [src[4...idx], src[(src.index("\n", idx) || src.size) + 1..] || ""]
    end
  end
end
