require "csvstat/csvstat"

module Csvstat
  VERSION = "0.2.0"
end
