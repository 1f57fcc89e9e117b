# cmake -DDYAD=exe -DLEXICON=F -DPROFILE=dir -DSTAMP=F -DTEXTS=list -P
# cmake/pgo-train.cmake: the training run of the profile-guided build
# (cmake/DyadPGO.cmake) over the texts the file `list` names (one a
# line). The profile of an earlier run goes first, so that it
# counts this run's text only (and not the lexicon compile of the
# instrumented build, which is not what the coder spends its time on);
# then the instrumented dyad codes each text with one job into JSONL (the
# emit path too), and the stamp marks the profile new.
file(STRINGS "${TEXTS}" TEXTS)
file(GLOB old "${PROFILE}/*.gcda")
if(old)
  file(REMOVE ${old})
endif()
foreach(text ${TEXTS})
  if(NOT EXISTS "${text}")
    message(FATAL_ERROR "DYAD_PGO: no training text ${text}")
  endif()
  execute_process(COMMAND "${DYAD}" code -j 1 -q -f jsonl --date 2025-11-20
                          --lexicon "${LEXICON}" "${text}"
                  OUTPUT_FILE /dev/null RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "DYAD_PGO: the training run on ${text} failed (${rc})")
  endif()
endforeach()
file(GLOB new "${PROFILE}/*.gcda")
list(LENGTH new n)
if(n EQUAL 0)
  message(FATAL_ERROR "DYAD_PGO: the training run wrote no profile to ${PROFILE}")
endif()
file(WRITE "${STAMP}" "${n} profiles\n")
