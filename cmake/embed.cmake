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
