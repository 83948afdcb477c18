#pragma once
// An allocator whose value-initializing construct() leaves trivial elements uninitialized, for
// buffers that are written in full right after they are sized: vector<T, UninitAllocator<T>>(n)
// allocates without zero-filling.
#include <memory>
#include <new>
#include <utility>

namespace wiclint {

template <class T>
struct UninitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = UninitAllocator<U>;
  };
  UninitAllocator() noexcept = default;
  template <class U>
  UninitAllocator(const UninitAllocator<U>&) noexcept {}

  template <class U>
  void construct(U* p) noexcept(noexcept(::new (static_cast<void*>(p)) U)) {
    ::new (static_cast<void*>(p)) U;  // default-initialization: no write for a trivial U
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

}  // namespace wiclint
