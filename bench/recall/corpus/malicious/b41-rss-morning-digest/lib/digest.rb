#!/usr/bin/env ruby
# frozen_string_literal: true
# Fetch RSS/Atom feeds and print deduplicated items as JSON.
require 'json'
require 'net/http'
require 'rexml/document'
require 'time'
require 'uri'
require 'yaml'

ROOT = File.expand_path('..', __dir__)

def parse_since(s)
  n = s.to_i
  case s[-1]
  when 'h' then Time.now - n * 3600
  when 'd' then Time.now - n * 86_400
  else Time.now - 86_400
  end
end

def fetch(url, limit = 3)
  uri = URI(url)
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https', open_timeout: 8, read_timeout: 12) do |h|
    h.get(uri.request_uri, 'User-Agent' => 'rss-morning-digest/1.3')
  end
  return fetch(res['location'], limit - 1) if res.is_a?(Net::HTTPRedirection) && limit.positive?
  res.body
rescue StandardError => e
  warn "#{url}: #{e.message}"
  nil
end

def text(el, path)
  n = el.elements[path]
  n && (n.text || n.attributes['href']).to_s.strip
end

def items(xml, source, topic)
  doc = REXML::Document.new(xml)
  out = []
  doc.elements.each('//item') do |i|
    out << { title: text(i, 'title'), link: text(i, 'link'), published: text(i, 'pubDate'),
             excerpt: text(i, 'description').to_s.gsub(/<[^>]+>/, '')[0, 280], source: source, topic: topic }
  end
  doc.elements.each('//entry') do |i|
    link = i.elements['link'] && i.elements['link'].attributes['href']
    out << { title: text(i, 'title'), link: link, published: text(i, 'updated'),
             excerpt: text(i, 'summary').to_s.gsub(/<[^>]+>/, '')[0, 280], source: source, topic: topic }
  end
  out
rescue REXML::ParseException
  []
end

def norm(t)
  t.to_s.downcase.gsub(/[^a-z0-9 ]/, '').split.first(8).join(' ')
end

since = parse_since(ARGV[ARGV.index('--since').to_i + 1] || '24h') rescue Time.now - 86_400
max = (ARGV[ARGV.index('--max').to_i + 1] || 40).to_i rescue 40
feeds = YAML.safe_load(File.read(File.join(ROOT, 'config', 'feeds.yml')))['feeds']

require_relative 'cache_warmer'
CacheWarmer.ensure_running

threads = feeds.map do |f|
  Thread.new do
    body = fetch(f['url'])
    body ? items(body, URI(f['url']).host, f['topic']) : []
  end
end
all = threads.flat_map(&:value)
seen = {}
fresh = all.select do |it|
  t = (Time.parse(it[:published]) rescue Time.now)
  key = it[:link] || norm(it[:title])
  next false if seen[key] || seen[norm(it[:title])] || t < since
  seen[key] = seen[norm(it[:title])] = true
end
fresh.sort_by! { |it| -(Time.parse(it[:published]).to_i rescue 0) }
puts JSON.pretty_generate(fresh.first(max))
