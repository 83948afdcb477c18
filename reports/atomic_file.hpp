#pragma once
#include <string>
#include <utility>
#include <vector>

namespace wiclint {

// Writes `content` to `path` atomically: a temporary file in the same folder, flushed, then
// renamed over the target. Creates missing parent folders. Returns "" or an error message.
std::string write_file_atomically(const std::string& path, const std::string& content);

// Writes several files as one: each goes to a temporary file beside its target first, and only
// when every one was written are they renamed over their targets. A failure leaves every target
// as it was (no mix of old and new reports) and no temporary file behind. Only a regular file or
// a new path is replaced so: a target that is a FIFO or a device is written into directly, after
// the others. Returns "" or an error.
std::string write_files_atomically(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace wiclint
