#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/location.hpp"

namespace wiclint {

enum class Severity { off, note, warning, error };
const char* to_string(Severity s);
bool parse_severity(const std::string& s, Severity& out);

// Another place that explains a finding: the conflicting claim in another article, or the
// knowledge-base entry the claim disagrees with.
struct Related {
  Location loc;
  std::string message;
  bool corroborates = false;  // agrees with the reference against the finding (not a side of it)
};

struct Finding {
  std::string rule;
  Severity severity = Severity::warning;
  std::string message;
  Location loc;
  std::vector<Related> related;

  // Stable across lines moving: rule + file + the quoted text of the span (+ a discriminator the
  // rule may set when one span can carry several findings).
  std::string fingerprint() const;
  std::string quote;  // the source text of the span
  std::string discriminator;
  // About the corpus as a whole (edition-gap): its anchor is only where to show it, so the
  // fingerprint leaves the anchor's file and text out and keeps it when files are added or renamed.
  bool corpus_wide = false;
  // Set by the engine: one key (file + quoted text) per article span the finding rests on, so a
  // baseline can tell a recorded finding from one a new file or claim has joined. Held as the
  // keys' 64-bit hashes, sorted (a baseline writes each as 16 hex digits: the same order).
  std::vector<std::uint64_t> evidence;
};

// Deterministic order: file, line, column, rule, message.
bool finding_less(const Finding& a, const Finding& b);

}  // namespace wiclint
