file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR size "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE ${OUTPUT} "#include <cstddef>\n"
  "extern const char ${SYMBOL}_data[] = {${bytes} 0};\n"
  "extern const std::size_t ${SYMBOL}_size = ${size};\n"
  "extern const char ${SYMBOL}_name[] = \"${NAME}\";\n")
