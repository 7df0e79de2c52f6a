# Writes a bundled page script as a C++ source:
# cmake -DINPUT=share.js -DOUTPUT=share_script.cpp -DNAME=kShareScript -P embed_script.cmake
file(READ "${INPUT}" script)
string(FIND "${script}" ")stakemap_bundle\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string's closing delimiter")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from viz/share/web by the build; do not edit.\nnamespace stakemap::viz {\nextern const char* const ${NAME};\nconst char* const ${NAME} = R\"stakemap_bundle(${script})stakemap_bundle\";\n}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
