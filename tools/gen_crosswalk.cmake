# gen_crosswalk.cmake - data/crosswalk.tsv (the export crosswalk: PLOVER
# context, ACLED event type and sub-type per CAMEO code) as a C table for
# src/format/ (format.h: dy_crosswalk_row). Run by the build:
#   cmake -DIN=data/crosswalk.tsv -DOUT=build/crosswalk.c -P tools/gen_crosswalk.cmake
# Fields are tab-separated; "-" is none; no field holds a quote or a
# backslash (checked here).
file(STRINGS "${IN}" lines ENCODING UTF-8)
set(body "")
set(rows 0)
foreach(line IN LISTS lines)
  if(line MATCHES "^#" OR line STREQUAL "")
    continue()
  endif()
  if(line MATCHES "[\"\\\\]")
    message(FATAL_ERROR "${IN}: a quote or backslash in: ${line}")
  endif()
  string(REPLACE "\t" ";" f "${line}")
  list(LENGTH f nf)
  if(NOT nf EQUAL 4)
    message(FATAL_ERROR "${IN}: expected 4 tab-separated fields: ${line}")
  endif()
  set(cells "")
  foreach(i RANGE 0 3)
    list(GET f ${i} v)
    if(v STREQUAL "-")
      string(APPEND cells "NULL, ")
    else()
      string(APPEND cells "\"${v}\", ")
    endif()
  endforeach()
  string(APPEND body "    {${cells}},\n")
  math(EXPR rows "${rows} + 1")
endforeach()
file(WRITE "${OUT}.tmp"
  "/* generated from data/crosswalk.tsv by tools/gen_crosswalk.cmake */\n"
  "#include \"format/format.h\"\n\n"
  "const dy_crosswalk_row dy_crosswalk[] = {\n${body}};\n"
  "const size_t dy_crosswalk_count = ${rows};\n")
file(RENAME "${OUT}.tmp" "${OUT}")
