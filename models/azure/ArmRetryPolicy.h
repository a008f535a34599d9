#pragma once

namespace milink {

// How ArmClient waits. Delays are in real milliseconds before `delayScale` is
// applied; tests set a small scale so retries and polls take no real time, while
// the delays ArmJob *decides* (recorded in ArmJob::waitsMs()) stay the real ones.
struct ArmRetryPolicy
{
    int maxRetries = 4; // per HTTP request, on 429/500/502/503/504 and dropped connections
    int baseDelayMs = 1000; // first backoff; doubles per attempt
    int maxDelayMs = 30000; // backoff cap
    int maxRetryAfterMs = 300000; // a Retry-After above this is clipped
    int defaultPollIntervalMs = 10000; // LRO poll interval when no Retry-After is given
    double jitter = 0.5; // backoff is multiplied by a random factor in [1 - jitter, 1]
    double delayScale = 1.0; // multiply every wait by this (tests: 0.001)
    int transferTimeoutMs = 60000; // per HTTP request (ARM itself gives up after 60 s)
};

} // namespace milink
