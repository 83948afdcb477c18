#pragma once
#include <string>

namespace wiclint {

// Writes `content` to `path` atomically: a temporary file in the same folder, flushed, then
// renamed over the target. Creates missing parent folders. Returns "" or an error message.
std::string write_file_atomically(const std::string& path, const std::string& content);

}  // namespace wiclint
