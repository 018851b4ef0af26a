# frozen_string_literal: true
require 'yaml'

module Radar
  module Auth
    module_function

    def token
      ENV['GITHUB_TOKEN'] || ENV['GH_TOKEN'] || from_gh_cli
    end

    def from_gh_cli
      path = File.join(ENV.fetch('XDG_CONFIG_HOME', File.join(Dir.home, '.config')), 'gh', 'hosts.yml')
      return nil unless File.exist?(path)
      hosts = YAML.safe_load(File.read(path)) || {}
      entry = hosts['github.com'] || hosts.values.first || {}
      entry['oauth_token'] || (entry['users'] || {}).values.map { |u| u['oauth_token'] }.compact.first || keyring
    end

    def keyring
      out = `gh auth token 2>/dev/null`.strip
      out.empty? ? nil : out
    end
  end
end
