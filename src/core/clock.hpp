#pragma once

#include <atomic>
#include <cstdint>

namespace logis {

// Milliseconds since the Unix epoch, UTC: how every instant is stored and compared.
using EpochMs = std::int64_t;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual EpochMs now() const = 0;
};

class SystemClock final : public Clock {
 public:
  EpochMs now() const override;
};

// A clock the tests move by hand, to cross session timeouts and lock windows without waiting.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(EpochMs start) : now_(start) {}
  EpochMs now() const override { return now_.load(); }
  void advanceSeconds(std::int64_t seconds) { now_ += seconds * 1000; }

 private:
  std::atomic<EpochMs> now_;
};

}  // namespace logis
