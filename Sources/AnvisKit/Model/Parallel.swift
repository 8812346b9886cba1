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

  /// From this many rows, a pass over a column's rows is split into chunks that run on all
  /// cores. A task-local value, so that tests can force the chunked path on small tables and
  /// compare it with the one-thread path (`$rowsForChunks.withValue(1) { … }`). Never on one core.
  @TaskLocal static var rowsForChunks = cores > 1 ? 250_000 : Int.max

  /// `0..<count` as consecutive ranges, to be run as independent pieces: one range below
  /// `rowsForChunks` rows, else several per core (so that a core slowed by other work leaves
  /// its share to the others), none shorter than `smallest` (nor than `rowsForChunks`).
  static func chunks(_ count: Int, smallest: Int = 32_768) -> [Range<Int>] {
    let threshold = rowsForChunks
    guard count >= threshold, count >= 2 else { return [0..<count] }
    let pieces = max(2, min(4 * cores, count / max(1, min(smallest, threshold))))
    return (0..<pieces).map { k in count * k / pieces..<count * (k + 1) / pieces }
  }

  /// `body(k)` for each `k` in `0..<count`, concurrently (in order on this thread when
  /// `count` is 1 or 0). For work that writes its results at disjoint places itself.
  static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
    if count <= 1 {
      for k in 0..<count { body(k) }
    } else {
      DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
  }
}

/// Result slots that parallel workers write at disjoint places.
private struct Slots<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T?>
}
