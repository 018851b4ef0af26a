# frozen_string_literal: true

begin
  require "md_tidy_ext/md_tidy_ext"
rescue LoadError
  require_relative "../ext/md_tidy_ext/md_tidy_ext" rescue nil
end

module MdTidy
  module_function

  def tidy(src, wrap: 0)
    text = respond_to?(:native_strip_trailing) ? native_strip_trailing(src) : src.gsub(/[ \t]+$/, "")
    lines = text.split("\n", -1)
    out = []
    in_code = false
    lines.each do |l|
      if l.start_with?("```", "~~~")
        in_code = !in_code
        out << l
        next
      end
      if in_code
        out << l
        next
      end
      l = l.sub(/^(\s*)[*+] /, '\1- ')                 # list markers -> "-"
      l = l.sub(/^(#+)([^#\s])/, '\1 \2')              # "#Title" -> "# Title"
      l = l.gsub(/__(\S(?:.*?\S)?)__/, '**\1**')       # strong -> **
      out << (wrap.positive? && l.length > wrap && !l.start_with?("|", "#") ? rewrap(l, wrap) : l)
    end
    res = out.join("\n").gsub(/\n{3,}/, "\n\n")
    res.end_with?("\n") ? res : "#{res}\n"
  end

  def rewrap(line, width)
    indent = line[/^\s*(?:- |\d+\. )?/]
    words = line[indent.length..].split(/\s+/)
    rows = [+""]
    words.each do |w|
      if (rows.last.length + w.length + 1) > (width - indent.length) && !rows.last.empty?
        rows << +""
      end
      rows.last << (rows.last.empty? ? w : " #{w}")
    end
    pad = " " * indent.length
    rows.each_with_index.map { |r, i| (i.zero? ? indent : pad) + r }.join("\n")
  end
end
