# cmake -DOUT=F -DSOURCES="a.c|b.c" -P cmake/pgo-text.cmake: the training
# text of the profile-guided build (DYAD_PGO, cmake/DyadPGO.cmake) from the
# sentences the unit tests code: the first argument of each expect_line()
# and expect_no_line() call, one JSONL record a sentence. Those sentences
# ship in the repository and were written to cover the coder's rules, so a
# run over them reaches the paths news text reaches, in about the
# proportions a news corpus does, where the bundled example (2.4 KB) alone
# reaches few of them.
set(str "\"([^\"\\\\]|\\\\.)*\"")
set(gap "[ \t\r\n]*")
string(REPLACE "|" ";" SOURCES "${SOURCES}")
set(n 0)
set(out "")
foreach(src ${SOURCES})
  file(READ "${src}" body)
  # (a ";" would split CMake's list of matches; put back when written)
  string(REPLACE ";" "<pgo-semicolon>" body "${body}")
  string(REGEX MATCHALL "expect_(no_)?line\\(${gap}${str}(${gap}${str})*"
         calls "${body}")
  foreach(call ${calls})
    string(REGEX REPLACE "^expect_(no_)?line\\(${gap}\"" "" text "${call}")
    # C's adjacent literals are one string
    string(REGEX REPLACE "\"${gap}\"" "" text "${text}")
    string(REGEX REPLACE "\"$" "" text "${text}")
    # C escapes JSON reads the same way (\" \\ \n \t) stay; a sentence with
    # another (\x.., \0) is left out
    string(REGEX REPLACE "\\\\[\"\\\\nt]" "" plain "${text}")
    if(plain MATCHES "\\\\" OR text STREQUAL "")
      continue()
    endif()
    math(EXPR n "${n} + 1")
    string(APPEND out
      "{\"id\": \"pgo-${n}\", \"date\": \"2023-03-01\", \"text\": \"${text}\"}\n")
  endforeach()
endforeach()
string(REPLACE "<pgo-semicolon>" ";" out "${out}")
file(WRITE "${OUT}" "${out}")
message(STATUS "PGO training text: ${n} sentences of the unit tests")
