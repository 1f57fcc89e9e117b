# DYAD_PGO: the coder built profile-guided (docs/performance.md,
# "Profile-guided build, thirtieth session"). Included by CMakeLists.txt
# once its targets are defined. Three steps, each rerun only when what it
# reads changes:
#  1. pgo/gen: this source tree built again (an external project with the
#     same build type and flags) with -fprofile-generate, the coding CLI
#     and its lexicon only;
#  2. pgo/profile: that dyad codes the training text (cmake/pgo-train.cmake):
#     the unit tests' sentences (cmake/pgo-text.cmake), the bundled example
#     and the fixture news, and the files DYAD_PGO_TRAIN names;
#  3. the coder's own targets compiled with -fprofile-use, their objects
#     depending on the profile's stamp so that a new profile rebuilds them.
# -fprofile-prefix-path names each build directory, so that an object's
# profile is found by its path inside the build (the same in both).
if(NOT DYAD_PGO)
  return()
endif()
if(NOT CMAKE_C_COMPILER_ID STREQUAL "GNU")
  message(FATAL_ERROR "DYAD_PGO=ON needs gcc (its -fprofile-use)")
endif()
if(DYAD_SANITIZE OR DYAD_FUZZ)
  message(FATAL_ERROR "DYAD_PGO=ON is for release builds, not with DYAD_SANITIZE or DYAD_FUZZ")
endif()
include(ExternalProject)

set(DYAD_PGO_GEN "${CMAKE_BINARY_DIR}/pgo/gen")
set(DYAD_PGO_PROFILE "${CMAKE_BINARY_DIR}/pgo/profile")
set(DYAD_PGO_STAMP "${CMAKE_BINARY_DIR}/pgo/trained.stamp")
string(TOUPPER "${CMAKE_BUILD_TYPE}" pgo_config)

# 1. the instrumented build: everything the compiler sees as here, plus
# the instrumentation; no tests
if(CMAKE_GENERATOR MATCHES "Makefiles")
  # (make's own -j reaches the inner build through the job server)
  set(pgo_build_cmd "$(MAKE)" lexicon)
else()
  set(pgo_build_cmd ${CMAKE_COMMAND} --build <BINARY_DIR> --target lexicon)
endif()
ExternalProject_Add(pgo_instrumented
  SOURCE_DIR "${CMAKE_SOURCE_DIR}"
  BINARY_DIR "${DYAD_PGO_GEN}"
  CMAKE_ARGS
    -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
    -DCMAKE_C_COMPILER=${CMAKE_C_COMPILER}
    "-DCMAKE_C_FLAGS=${CMAKE_C_FLAGS} -fprofile-generate=${DYAD_PGO_PROFILE} -fprofile-prefix-path=${DYAD_PGO_GEN}"
    "-DCMAKE_C_FLAGS_${pgo_config}=${CMAKE_C_FLAGS_${pgo_config}}"
    -DDYAD_PGO=OFF -DDYAD_BUILD_TESTS=OFF
    -DDYAD_STATIC_CLI=${DYAD_STATIC_CLI}
    -DDYAD_NPM_DIR=${DYAD_NPM_DIR}
    -DDYAD_WORDNET_DIR=${DYAD_WORDNET_DIR}
  BUILD_COMMAND ${pgo_build_cmd}
  BUILD_ALWAYS ON
  INSTALL_COMMAND ""
  BUILD_BYPRODUCTS "${DYAD_PGO_GEN}/dyad" "${DYAD_PGO_GEN}/dyad.lexb")

# 2. the training text and the run over it
set(DYAD_PGO_TRAIN "" CACHE STRING
    "Extra texts (.txt or JSONL, absolute paths, ;-separated) the DYAD_PGO build trains on")
# (absolute, since a relative one would name a file under the build or
# the source directory depending on where it exists)
foreach(f ${DYAD_PGO_TRAIN})
  if(NOT IS_ABSOLUTE "${f}")
    message(FATAL_ERROR "DYAD_PGO_TRAIN: ${f} is not an absolute path")
  endif()
endforeach()
file(GLOB pgo_test_sources CONFIGURE_DEPENDS
     "${CMAKE_SOURCE_DIR}/tests/unit/test_*.c")
set(pgo_test_text "${CMAKE_BINARY_DIR}/pgo/unit-sentences.jsonl")
# (lists go to the scripts |-separated: a ; would end the shell's command)
string(REPLACE ";" "|" pgo_sources_arg "${pgo_test_sources}")
add_custom_command(OUTPUT "${pgo_test_text}"
  COMMAND ${CMAKE_COMMAND} -DOUT=${pgo_test_text}
          "-DSOURCES=${pgo_sources_arg}"
          -P ${CMAKE_SOURCE_DIR}/cmake/pgo-text.cmake
  DEPENDS ${pgo_test_sources} ${CMAKE_SOURCE_DIR}/cmake/pgo-text.cmake
  COMMENT "Gathering the unit tests' sentences to train the PGO build on"
  VERBATIM)
set(pgo_texts "${pgo_test_text}"
    "${CMAKE_SOURCE_DIR}/examples/driscoll-kyiv.txt"
    "${CMAKE_SOURCE_DIR}/tests/fixtures/serve_news.jsonl" ${DYAD_PGO_TRAIN})
# the list in a file, rewritten only when it changes, so that naming
# another text trains again
set(pgo_texts_file "${CMAKE_BINARY_DIR}/pgo/texts.txt")
string(REPLACE ";" "\n" pgo_texts_lines "${pgo_texts}")
file(CONFIGURE OUTPUT "${pgo_texts_file}" CONTENT "${pgo_texts_lines}\n")
add_custom_command(OUTPUT "${DYAD_PGO_STAMP}"
  COMMAND ${CMAKE_COMMAND} -DDYAD=${DYAD_PGO_GEN}/dyad
          -DLEXICON=${DYAD_PGO_GEN}/dyad.lexb -DPROFILE=${DYAD_PGO_PROFILE}
          -DSTAMP=${DYAD_PGO_STAMP} -DTEXTS=${pgo_texts_file}
          -P ${CMAKE_SOURCE_DIR}/cmake/pgo-train.cmake
  DEPENDS "${DYAD_PGO_GEN}/dyad" "${DYAD_PGO_GEN}/dyad.lexb" ${pgo_texts}
          "${pgo_texts_file}"
          ${CMAKE_SOURCE_DIR}/cmake/pgo-train.cmake
  COMMENT "Training the PGO build: the instrumented dyad codes its text"
  VERBATIM)
add_custom_target(pgo_profile DEPENDS "${DYAD_PGO_STAMP}")
add_dependencies(pgo_profile pgo_instrumented)

# 3. the coder's targets built from the profile. -fprofile-partial-training
# optimises what the training did not run as without a profile (not for
# size); -Wno-missing-profile because objects the trained dyad does not
# link (dyad-full's store, server and feed files) have no profile.
set(pgo_use -fprofile-use=${DYAD_PGO_PROFILE}
    -fprofile-prefix-path=${CMAKE_BINARY_DIR} -fprofile-partial-training
    -Wno-missing-profile)
foreach(t dyad dyad_tools dyad_cli_shared dyad_cli dyad_full)
  target_compile_options(${t} PRIVATE ${pgo_use})
  add_dependencies(${t} pgo_profile)
  get_target_property(srcs ${t} SOURCES)
  foreach(s ${srcs})
    if(s MATCHES "\\.c$")
      set_property(SOURCE ${s} APPEND PROPERTY OBJECT_DEPENDS "${DYAD_PGO_STAMP}")
    endif()
  endforeach()
endforeach()
message(STATUS "DYAD_PGO: profile-guided, trained on ${pgo_texts}")
