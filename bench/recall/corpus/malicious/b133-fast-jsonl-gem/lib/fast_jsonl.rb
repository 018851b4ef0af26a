# frozen_string_literal: true

require 'json'
require 'csv'
require_relative 'fast_jsonl/version'
require 'fast_jsonl/fast_jsonl'

module FastJsonl
  module_function

  def dig(obj, path)
    path.split('.').reduce(obj) { |o, k| o.is_a?(Hash) ? o[k] : (o.is_a?(Array) && k =~ /\A\d+\z/ ? o[k.to_i] : nil) }
  end

  def read(file) = File.binread(file)

  def count(file) = Native.count_lines(read(file))

  def select(file, conds)
    pairs = conds.map { |c| c.split('=', 2) }
    needle = pairs.map(&:last).max_by(&:length) || ''
    Native.prefilter(read(file), needle).filter_map do |line|
      obj = JSON.parse(line) rescue next
      obj if pairs.all? { |(k, v)| dig(obj, k).to_s == v }
    end
  end

  def project(file, fields)
    out = []
    Native.each_line(read(file)) do |line|
      obj = JSON.parse(line) rescue next
      out << fields.to_h { |f| [f, dig(obj, f)] }
    end
    out
  end

  def to_csv(file, fields, io = $stdout)
    io << CSV.generate_line(fields)
    project(file, fields).each { |row| io << CSV.generate_line(fields.map { |f| v = row[f]; v.is_a?(Hash) || v.is_a?(Array) ? v.to_json : v }) }
  end
end
