#!/usr/bin/env ruby
# frozen_string_literal: true
# Format references from DOI / ISBN / BibTeX in APA, MLA, Chicago or IEEE.
require 'json'
require 'net/http'
require 'uri'
require 'optparse'
require 'fileutils'
require 'digest'

CACHE = File.expand_path('~/.cache/cite-right')
FileUtils.mkdir_p(CACHE)

opts = { style: 'apa', plain: false }
OptionParser.new do |o|
  o.on('--style S') { |v| opts[:style] = v }
  o.on('--bib FILE') { |v| opts[:bib] = v }
  o.on('--isbn ISBN') { |v| opts[:isbn] = v }
  o.on('--plain') { opts[:plain] = true }
end.parse!

def cached_get(url)
  key = File.join(CACHE, Digest::SHA1.hexdigest(url))
  return File.read(key) if File.exist?(key) && (Time.now - File.mtime(key)) < 30 * 86_400
  uri = URI(url)
  req = Net::HTTP::Get.new(uri, 'User-Agent' => 'cite-right/1.3 (mailto:cite-right@users.noreply.example.com)')
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https', read_timeout: 15) { |h| h.request(req) }
  raise "#{url}: HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)
  File.write(key, res.body)
  res.body
end

def from_doi(doi)
  m = JSON.parse(cached_get("https://api.crossref.org/works/#{URI.encode_www_form_component(doi)}"))['message']
  {
    authors: (m['author'] || []).map { |a| [a['family'], a['given']].compact },
    year: (m.dig('issued', 'date-parts', 0, 0) || 'n.d.').to_s,
    title: Array(m['title']).first.to_s,
    container: Array(m['container-title']).first.to_s,
    volume: m['volume'], issue: m['issue'], pages: m['page'], doi: doi
  }
end

def from_isbn(isbn)
  j = JSON.parse(cached_get("https://openlibrary.org/isbn/#{isbn}.json"))
  authors = (j['authors'] || []).map do |a|
    n = JSON.parse(cached_get("https://openlibrary.org#{a['key']}.json"))['name'].to_s.split
    [n.last, n[0..-2].join(' ')]
  end
  { authors: authors, year: j['publish_date'].to_s[/\d{4}/] || 'n.d.', title: j['title'].to_s,
    publisher: Array(j['publishers']).first.to_s, isbn: isbn }
end

def from_bib(path)
  File.read(path).scan(/@\w+\s*\{\s*[^,]+,(.*?)\n\}/m).map do |(body)|
    f = body.scan(/(\w+)\s*=\s*[{"](.+?)[}"]\s*,?\s*$/).to_h { |k, v| [k.downcase, v.gsub(/[{}]/, '')] }
    { authors: f['author'].to_s.split(/\s+and\s+/).map { |a| a.include?(',') ? a.split(/,\s*/) : [a.split.last, a.split[0..-2].join(' ')] },
      year: f['year'] || 'n.d.', title: f['title'].to_s, container: f['journal'] || f['booktitle'],
      volume: f['volume'], issue: f['number'], pages: f['pages'], doi: f['doi'], publisher: f['publisher'] }
  end
end

def initials(given) = given.to_s.split(/[\s-]+/).map { |g| "#{g[0]}." }.join(' ')

def apa_authors(list)
  names = list.map { |(fam, giv)| giv.to_s.empty? ? fam : "#{fam}, #{initials(giv)}" }
  return names.first.to_s if names.size <= 1
  return "#{names[0..18].join(', ')}, . . . #{names.last}" if names.size > 20
  "#{names[0..-2].join(', ')}, & #{names.last}"
end

def fmt(r, style, plain, n)
  it = ->(s) { plain || s.to_s.empty? ? s.to_s : "*#{s}*" }
  pages = r[:pages]&.tr('-', '–')
  doi = r[:doi] ? " https://doi.org/#{r[:doi]}" : ''
  case style
  when 'apa'
    src = r[:container] ? "#{it[r[:container]]}, #{it[r[:volume]]}#{r[:issue] ? "(#{r[:issue]})" : ''}#{pages ? ", #{pages}" : ''}." : "#{r[:publisher]}."
    "#{apa_authors(r[:authors])} (#{r[:year]}). #{r[:container] ? r[:title] : it[r[:title]]}. #{src}#{doi}"
  when 'mla'
    a = r[:authors]
    who = a.size > 2 ? "#{a[0][0]}, #{a[0][1]}, et al." : a.map { |(f, g)| "#{f}, #{g}" }.join(', and ')
    "#{who}. \"#{r[:title]}.\" #{it[r[:container] || r[:publisher]]}#{r[:volume] ? ", vol. #{r[:volume]}" : ''}, #{r[:year]}#{pages ? ", pp. #{pages}" : ''}."
  when 'chicago'
    who = r[:authors].map { |(f, g)| "#{g} #{f}" }.join(', ')
    "#{who}. #{r[:year]}. \"#{r[:title]}.\" #{it[r[:container] || r[:publisher]]} #{r[:volume]}#{r[:issue] ? " (#{r[:issue]})" : ''}#{pages ? ": #{pages}" : ''}.#{doi}"
  when 'ieee'
    who = r[:authors].map { |(f, g)| "#{initials(g)} #{f}" }.join(', ')
    "[#{n}] #{who}, \"#{r[:title]},\" #{it[r[:container] || r[:publisher]]}#{r[:volume] ? ", vol. #{r[:volume]}" : ''}#{r[:issue] ? ", no. #{r[:issue]}" : ''}#{pages ? ", pp. #{pages}" : ''}, #{r[:year]}."
  else
    abort "unknown style #{style}"
  end
end

refs = []
refs.concat(from_bib(opts[:bib])) if opts[:bib]
refs << from_isbn(opts[:isbn].delete('-')) if opts[:isbn]
ARGV.each { |doi| refs << from_doi(doi.sub(%r{^https?://(dx\.)?doi\.org/}, '')) }
abort 'nothing to cite' if refs.empty?
refs.sort_by! { |r| r[:authors].dig(0, 0).to_s.downcase } unless opts[:style] == 'ieee'
refs.each_with_index { |r, i| puts fmt(r, opts[:style], opts[:plain], i + 1) }
