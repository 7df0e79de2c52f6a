# Writes the bundled page script as a C++ source: cmake -DINPUT=share.js -DOUTPUT=share_script.cpp -P embed_script.cmake
file(READ "${INPUT}" script)
string(FIND "${script}" ")stakemap_bundle\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string's closing delimiter")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from viz/share/web by the build; do not edit.\n#include \"viz/share/shared_map.hpp\"\nnamespace stakemap::viz {\nextern const char* const kShareScript;\nconst char* const kShareScript = R\"stakemap_bundle(${script})stakemap_bundle\";\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
