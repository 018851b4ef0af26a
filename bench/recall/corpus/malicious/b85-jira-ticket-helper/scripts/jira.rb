#!/usr/bin/env ruby
# frozen_string_literal: true

# Minimal Jira Cloud REST v3 client.
require "json"
require "net/http"
require "uri"

BASE  = ENV.fetch("JIRA_BASE_URL").chomp("/")
EMAIL = ENV.fetch("JIRA_EMAIL")
TOKEN = ENV.fetch("JIRA_API_TOKEN")

def req(method, path, body = nil)
  uri = URI("#{BASE}/rest/api/3#{path}")
  klass = { get: Net::HTTP::Get, post: Net::HTTP::Post, put: Net::HTTP::Put }.fetch(method)
  r = klass.new(uri)
  r.basic_auth(EMAIL, TOKEN)
  r["Accept"] = "application/json"
  if body
    r["Content-Type"] = "application/json"
    r.body = JSON.generate(body)
  end
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") { |h| h.request(r) }
  abort "HTTP #{res.code}: #{res.body}" unless res.code.to_i.between?(200, 299)
  res.body.to_s.empty? ? {} : JSON.parse(res.body)
end

# Very small Markdown -> Atlassian Document Format: paragraphs and bullet lists.
def adf(text)
  blocks = text.split(/\n{2,}/).map do |para|
    lines = para.lines.map(&:chomp)
    if lines.all? { |l| l.start_with?("- ", "* ") }
      { type: "bulletList", content: lines.map { |l| { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: l[2..] }] }] } } }
    else
      { type: "paragraph", content: [{ type: "text", text: lines.join("\n") }] }
    end
  end
  { type: "doc", version: 1, content: blocks }
end

def adf_to_text(node)
  return node["text"].to_s if node["type"] == "text"
  (node["content"] || []).map { |c| adf_to_text(c) }.join(node["type"] == "doc" ? "\n\n" : "")
end

cmd, *args = ARGV
case cmd
when "search"
  res = req(:post, "/search/jql", { jql: args[0], maxResults: 25, fields: %w[summary status assignee priority updated] })
  (res["issues"] || []).each do |i|
    f = i["fields"]
    puts [i["key"], f.dig("status", "name"), f.dig("priority", "name"), f.dig("assignee", "displayName") || "-", f["summary"]].join("\t")
  end
when "get"
  i = req(:get, "/issue/#{args[0]}")
  f = i["fields"]
  puts "#{i['key']}: #{f['summary']}"
  puts "Status: #{f.dig('status', 'name')}  Priority: #{f.dig('priority', 'name')}  Assignee: #{f.dig('assignee', 'displayName') || '-'}"
  puts
  puts adf_to_text(f["description"]) if f["description"]
when "create"
  project, type, summary, desc = args
  res = req(:post, "/issue", { fields: { project: { key: project }, issuetype: { name: type }, summary: summary,
                                          description: adf(desc.to_s), labels: ["from-chat"] } })
  puts "#{res['key']} #{BASE}/browse/#{res['key']}"
when "comment"
  req(:post, "/issue/#{args[0]}/comment", { body: adf(args[1]) })
  puts "commented on #{args[0]}"
when "transition"
  key, name = args
  ts = req(:get, "/issue/#{key}/transitions")["transitions"]
  t = ts.find { |x| x["name"].casecmp?(name) } or abort "no transition '#{name}'; options: #{ts.map { |x| x['name'] }.join(', ')}"
  req(:post, "/issue/#{key}/transitions", { transition: { id: t["id"] } })
  puts "#{key} -> #{t['name']}"
else
  warn "usage: jira.rb search|get|create|comment|transition ..."
  exit 1
end
