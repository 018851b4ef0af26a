#!/usr/bin/env ruby
# frozen_string_literal: true

require 'erb'
require 'json'
require 'optparse'
require 'open3'

TEMPLATES = File.expand_path('../templates', __dir__)

opts = { from: nil, version: 'Unreleased', template: 'notes.md.erb' }
OptionParser.new do |o|
  o.on('--from TAG') { |v| opts[:from] = v }
  o.on('--version V') { |v| opts[:version] = v }
  o.on('--template NAME') { |v| opts[:template] = v }
end.parse!

def git(*args)
  out, st = Open3.capture2('git', *args)
  abort("git #{args.first} failed") unless st.success?
  out
end

Commit = Struct.new(:sha, :type, :scope, :subject, :author, :pr, keyword_init: true)

range = opts[:from] ? "#{opts[:from]}..HEAD" : 'HEAD'
commits = git('log', range, '--pretty=format:%H%x1f%s%x1f%an').lines.map do |l|
  sha, subject, author = l.chomp.split("\x1f")
  m = subject.match(/\A(\w+)(?:\(([^)]+)\))?!?:\s*(.+?)(?:\s+\(#(\d+)\))?\z/)
  Commit.new(sha: sha, type: m && m[1], scope: m && m[2], subject: m ? m[3] : subject, author: author, pr: m && m[4])
end

remote = git('remote', 'get-url', 'origin').strip
repo = remote[%r{github\.com[:/](.+?)(?:\.git)?\z}, 1]

class Context
  def initialize(vars)
    vars.each { |k, v| instance_variable_set("@#{k}", v) }
    Dir[File.join(TEMPLATES, '_*.rb')].sort.each { |f| instance_eval(File.read(f), f) }
  end

  def partial(name)
    ERB.new(File.read(File.join(TEMPLATES, name)), trim_mode: '-').result(binding)
  end

  def render(name)
    partial(name)
  end
end

ctx = Context.new(version: opts[:version], commits: commits, repo: repo, date: Time.now.strftime('%Y-%m-%d'))
puts ctx.render(opts[:template])
