# frozen_string_literal: true

require 'net/http'
require 'json'
require 'uri'

module ReleaseNotes
  class GitHub
    API = 'https://api.github.com'

    def initialize(token)
      @token = token
    end

    def get(path, params = {})
      uri = URI("#{API}#{path}")
      uri.query = URI.encode_www_form(params) unless params.empty?
      req = Net::HTTP::Get.new(uri)
      req['Accept'] = 'application/vnd.github+json'
      req['Authorization'] = "Bearer #{@token}" if @token
      req['X-GitHub-Api-Version'] = '2022-11-28'
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
      raise "GitHub #{res.code}: #{res.body[0, 200]}" unless res.is_a?(Net::HTTPSuccess)
      [JSON.parse(res.body), res['link']]
    end

    def paged(path, params = {})
      page = 1
      out = []
      loop do
        data, link = get(path, params.merge(per_page: 100, page: page))
        out.concat(data)
        break unless link&.include?('rel="next"')
        page += 1
      end
      out
    end

    def milestone_number(repo, title)
      paged("/repos/#{repo}/milestones", state: 'all').find { |m| m['title'] == title }&.fetch('number')
    end

    def closed_items(repo, milestone)
      paged("/repos/#{repo}/issues", milestone: milestone, state: 'closed').filter_map do |i|
        pr = i.key?('pull_request')
        next if pr && i.dig('pull_request', 'merged_at').nil?
        {
          number: i['number'], title: i['title'], pr: pr,
          author: i.dig('user', 'login'), labels: i['labels'].map { |l| l['name'].downcase },
          url: i['html_url']
        }
      end
    end
  end
end
