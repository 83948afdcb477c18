#pragma once
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace wiclint {

// Several files written as one, each streamed into a temporary file beside its target as it is
// rendered (a report of 100,000 articles is never held whole in memory): only when every one was
// written are they renamed over their targets. A failure leaves every target as it was (no mix of
// old and new reports) and no temporary file behind; so does an AtomicFiles destroyed before
// commit() (an exception while rendering). Only a regular file or a new path is replaced so: a
// target that is a FIFO or a device is buffered and written into directly, after the others.
class AtomicFiles {
 public:
  AtomicFiles();
  ~AtomicFiles();
  AtomicFiles(const AtomicFiles&) = delete;
  AtomicFiles& operator=(const AtomicFiles&) = delete;
  // The stream to write `path`'s content to, valid until commit(). Returns null and sets `error`
  // when no temporary file can be created beside it.
  std::ostream* open(const std::string& path, std::string& error);
  // Flushes and syncs every temporary file and renames each over its target, then writes the
  // buffered FIFOs and devices. Returns "" or an error.
  std::string commit();

 private:
  struct Output;
  std::vector<std::unique_ptr<Output>> outputs_;
};

// Writes `content` to `path` atomically: a temporary file in the same folder, flushed, then
// renamed over the target. Creates missing parent folders. Returns "" or an error message.
std::string write_file_atomically(const std::string& path, const std::string& content);

// Writes several files as one (AtomicFiles). Returns "" or an error.
std::string write_files_atomically(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace wiclint
