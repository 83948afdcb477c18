# embed_file(INPUT OUTPUT SYMBOL NAME): writes OUTPUT, a C++ file defining
#   extern const char SYMBOL_data[]; extern const std::size_t SYMBOL_size; extern const char SYMBOL_name[];
# The bytes are written as hex so no file content can break the literal.
function(embed_file input output symbol name)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol} -DNAME=${name}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${input} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding ${name}")
endfunction()

# embed_rule_docs(OUTPUT DOC_FILES...): a C++ file defining wiclint::rule_doc(id) over the pages.
function(embed_rule_docs output)
  set(decls "")
  set(entries "")
  set(sources "")
  foreach(doc ${ARGN})
    get_filename_component(id ${doc} NAME_WE)
    string(MAKE_C_IDENTIFIER "wiclint_doc_${id}" sym)
    set(gen ${CMAKE_BINARY_DIR}/generated/doc_${id}.cpp)
    embed_file(${doc} ${gen} ${sym} ${id})
    list(APPEND sources ${gen})
    string(APPEND decls "extern const char ${sym}_data[]; extern const std::size_t ${sym}_size;\n")
    string(APPEND entries "  if (id == \"${id}\") return std::string(${sym}_data, ${sym}_size);\n")
  endforeach()
  file(WRITE ${output}.in "#include <cstddef>\n#include <string>\n${decls}namespace wiclint {\nstd::string rule_doc(const std::string& id) {\n${entries}  return \"\";\n}\n}  // namespace wiclint\n")
  configure_file(${output}.in ${output} COPYONLY)
  set(RULE_DOC_SOURCES ${output} ${sources} PARENT_SCOPE)
endfunction()
