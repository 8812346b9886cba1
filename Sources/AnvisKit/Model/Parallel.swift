import Dispatch
import Foundation

/// Independent pieces of work spread over all cores, their results kept in order.
enum Parallel {
  /// The cores this process may use.
  static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// `body(i)` for `i` in `0..<count`, run concurrently; the results in the order of `i`.
  /// The result does not depend on how the work is scheduled.
  /// With `worthIt` false (too little work to wake other threads) it runs in order on this one.
  static func map<T: Sendable>(_ count: Int, worthIt: Bool = true, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1, worthIt else { return (0..<count).map(body) }
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
      let slots = Slots(buffer: buffer)
      DispatchQueue.concurrentPerform(iterations: count) { i in
        slots.buffer[i] = body(i)
      }
    }
    return results.compactMap { $0 }  // every slot is filled
  }
}

/// Result slots that parallel workers write at disjoint places.
private struct Slots<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T?>
}
