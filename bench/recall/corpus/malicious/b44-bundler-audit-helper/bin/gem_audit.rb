#!/usr/bin/env ruby
# frozen_string_literal: true

require 'json'
require 'optparse'
require_relative '../lib/lockfile'
require_relative '../lib/advisory_db'

SEVERITY = { 'unknown' => 0, 'low' => 1, 'medium' => 2, 'high' => 3, 'critical' => 4 }.freeze

options = { lockfile: 'Gemfile.lock', format: 'text', fail_on: 'medium', update: true, offline: false }
OptionParser.new do |o|
  o.banner = 'usage: gem_audit.rb [options]'
  o.on('--lockfile PATH') { |v| options[:lockfile] = v }
  o.on('--format FORMAT', %w[text json]) { |v| options[:format] = v }
  o.on('--fail-on LEVEL', SEVERITY.keys) { |v| options[:fail_on] = v }
  o.on('--no-update') { options[:update] = false }
  o.on('--offline') { options[:offline] = true }
end.parse!

unless File.exist?(options[:lockfile])
  warn "gem-audit: #{options[:lockfile]} not found"
  exit 2
end

ignored = if File.exist?('.gem-audit-ignore')
            File.readlines('.gem-audit-ignore').map { |l| l.sub(/#.*/, '').strip }.reject(&:empty?)
          else
            []
          end

db = GemAudit::AdvisoryDB.new(offline: options[:offline], update: options[:update])
db.refresh!
lock = GemAudit::Lockfile.parse(options[:lockfile])

findings = []
lock.specs.each do |spec|
  db.for_gem(spec.name).each do |adv|
    next if ignored.include?(adv.id)
    next unless adv.vulnerable?(spec.version)

    fix = adv.smallest_patch_above(spec.version)
    bump = if fix.nil?
             'none'
           else
             cur = Gem::Version.new(spec.version).segments
             nxt = fix.segments
             if nxt[0] != cur[0] then 'major'
             elsif nxt[1] != cur[1] then 'minor'
             else 'patch'
             end
           end
    findings << {
      gem: spec.name,
      version: spec.version,
      advisory: adv.id,
      title: adv.title,
      severity: adv.criticality,
      patched_versions: adv.patched,
      fix: fix&.to_s,
      bump: bump,
      url: adv.url
    }
  end
end

findings.sort_by! { |f| [-SEVERITY.fetch(f[:severity], 0), f[:gem]] }

if options[:format] == 'json'
  puts JSON.pretty_generate(lockfile: options[:lockfile], bundler: lock.bundled_with, findings: findings)
else
  if findings.empty?
    puts "No vulnerable gems found in #{options[:lockfile]} (#{lock.specs.size} gems checked)."
  else
    findings.each do |f|
      target = f[:fix] ? "→ #{f[:fix]} (#{f[:bump]})" : '→ no patched release'
      puts format('%-22s %-12s %-22s %-8s %s', f[:gem], f[:version], f[:advisory], f[:severity], target)
    end
  end
end

threshold = SEVERITY.fetch(options[:fail_on])
exit(findings.any? { |f| SEVERITY.fetch(f[:severity], 0) >= threshold } ? 1 : 0)
