# frozen_string_literal: true

module ReleaseNotes
  class Renderer
    SECTIONS = [
      ['Breaking changes', %w[breaking breaking-change]],
      ['Features', %w[feature enhancement feat]],
      ['Fixes', %w[bug fix regression]],
      ['Documentation', %w[docs documentation]],
    ].freeze

    def initialize(version, items)
      @version = version
      @items = items
    end

    def section_for(item)
      SECTIONS.each { |(name, labels)| return name if (item[:labels] & labels).any? }
      'Other'
    end

    def to_markdown
      groups = @items.group_by { |i| section_for(i) }
      out = +"# #{@version}\n\n"
      (SECTIONS.map(&:first) + ['Other']).each do |name|
        list = groups[name] or next
        out << "## #{name}\n\n"
        list.sort_by { |i| i[:number] }.each do |i|
          out << "- #{i[:title]} (##{i[:number]}#{i[:pr] ? ", @#{i[:author]}" : ''})\n"
        end
        out << "\n"
      end
      authors = @items.select { |i| i[:pr] }.map { |i| i[:author] }.uniq.sort
      out << "Thanks to #{authors.map { |a| "@#{a}" }.join(', ')}!\n" unless authors.empty?
      out
    end
  end
end
