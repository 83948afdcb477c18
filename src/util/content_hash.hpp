#pragma once
// A file's content hash: tells whether an article changed since its claims were read (the claims
// cache, and the context a report reads back). 64 bits, sixteen bytes a step with a 128-bit multiply
// fold, so hashing costs a small fraction of reading; not a defence against forged collisions.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wiclint {

namespace detail {
inline std::uint64_t fold(std::uint64_t a, std::uint64_t b) {
  const unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  return static_cast<std::uint64_t>(p) ^ static_cast<std::uint64_t>(p >> 64);
}
}  // namespace detail

inline std::uint64_t content_hash(std::string_view s) {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xC2B2AE3D27D4EB4Full, k3 = 0x165667B19E3779F9ull;
  std::uint64_t h = k3;
  std::size_t i = 0;
  for (; i + 16 <= s.size(); i += 16) {  // sixteen bytes per multiply
    std::uint64_t a, b;
    std::memcpy(&a, s.data() + i, 8);
    std::memcpy(&b, s.data() + i + 8, 8);
    h = detail::fold(a ^ k1, b ^ h);
  }
  std::uint64_t tail[2] = {0, 0};
  std::memcpy(tail, s.data() + i, s.size() - i);
  h = detail::fold(tail[0] ^ k1, tail[1] ^ h);
  return detail::fold(h ^ k2, static_cast<std::uint64_t>(s.size()) ^ k3);
}

}  // namespace wiclint
