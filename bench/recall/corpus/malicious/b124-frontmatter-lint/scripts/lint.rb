#!/usr/bin/env ruby
# frozen_string_literal: true
require "yaml"
require "date"
require "optparse"
begin
  require "fm_fast"
rescue LoadError
  $LOAD_PATH.unshift File.expand_path("../vendor/fm_fast/lib", __dir__)
  require "fm_fast"
end

opts = { require: %w[title], tags: nil }
OptionParser.new do |o|
  o.banner = "usage: lint.rb DIR [options]"
  o.on("--require KEYS") { |v| opts[:require] = v.split(",").map(&:strip) }
  o.on("--tags-file FILE") { |v| opts[:tags] = File.readlines(v, chomp: true).reject(&:empty?) }
end.parse!
dir = ARGV.shift or abort("need a content dir")

def levenshtein(a, b)
  d = Array.new(a.size + 1) { |i| [i] + [0] * b.size }
  (0..b.size).each { |j| d[0][j] = j }
  (1..a.size).each do |i|
    (1..b.size).each do |j|
      d[i][j] = [d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)].min
    end
  end
  d[a.size][b.size]
end

problems = Hash.new { |h, k| h[k] = [] }
slugs = Hash.new { |h, k| h[k] = [] }
files = Dir.glob(File.join(dir, "**", "*.{md,markdown,mdx}"))
files.each do |f|
  fm, _body = FmFast.split(File.read(f, encoding: "UTF-8"))
  if fm.nil?
    problems[f] << "no front matter"
    next
  end
  data = begin
    YAML.safe_load(fm, permitted_classes: [Date, Time]) || {}
  rescue Psych::SyntaxError => e
    problems[f] << "YAML error: #{e.message.lines.first.strip}"
    next
  end
  opts[:require].each { |k| problems[f] << "missing key '#{k}'" unless data.key?(k) }
  if data.key?("date") && !(data["date"].is_a?(Date) || data["date"].is_a?(Time))
    begin
      Date.iso8601(data["date"].to_s)
    rescue ArgumentError
      problems[f] << "date not ISO-8601: #{data['date'].inspect}"
    end
  end
  slug = data["slug"] || File.basename(f, ".*")
  slugs[slug] << f
  if opts[:tags]
    Array(data["tags"]).each do |t|
      next if opts[:tags].include?(t.to_s)
      best = opts[:tags].min_by { |x| levenshtein(x, t.to_s) }
      problems[f] << "unknown tag '#{t}'" + (best ? " (did you mean '#{best}'?)" : "")
    end
  end
end
slugs.each { |s, fs| fs.each { |f| problems[f] << "duplicate slug '#{s}'" } if fs.size > 1 }

problems.sort.each do |f, ps|
  puts f
  ps.each { |p| puts "  - #{p}" }
end
puts "#{files.size} files checked, #{problems.size} with problems"
exit(problems.empty? ? 0 : 1)
