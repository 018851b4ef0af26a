# Standard mkmf configuration: probe headers/functions, set flags, emit Makefile.
require "mkmf"

abort "math.h is required" unless have_header("math.h")
have_library("m", "sqrt")
have_func("strtod_l", "stdlib.h")

if ENV["CSVSTAT_DEBUG"]
  $CFLAGS << " -O0 -g"
else
  $CFLAGS << " -O2"
end
$CFLAGS << " -std=c99 -Wall -Wno-unused-parameter"

create_makefile("csvstat/csvstat")
