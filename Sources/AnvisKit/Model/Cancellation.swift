import Synchronization

/// A flag a long computation polls to stop early (set by Ctrl-C in the shell), and how far the
/// computation has come, so that the executable can show progress while it waits.
public final class Cancellation: Sendable {
  private let flag = Atomic<Bool>(false)
  private let done = Atomic<Int>(0)
  private let total = Atomic<Int>(0)
  private let what = Mutex<String>("")

  public init() {}

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }

  public func cancel() { flag.store(true, ordering: .relaxed) }

  /// Clears the flag and the progress (a new input begins).
  public func reset() {
    flag.store(false, ordering: .relaxed)
    total.store(0, ordering: .relaxed)
    done.store(0, ordering: .relaxed)
    what.withLock { $0 = "" }
  }

  /// Says what is running, for the progress line (`simulate youth-first`).
  public func describe(_ label: String) { what.withLock { $0 = label } }

  /// What is running, as the last `describe` said; empty when nothing said.
  public var label: String { what.withLock { $0 } }

  /// A computation of `steps` steps begins (e.g. a simulation's runs).
  public func begin(steps: Int) {
    done.store(0, ordering: .relaxed)
    total.store(steps, ordering: .relaxed)
  }

  /// One more step is done.
  public func advance() { done.add(1, ordering: .relaxed) }

  /// Steps done and steps in all, or nil when no counted computation is running.
  public var progress: (done: Int, total: Int)? {
    let t = total.load(ordering: .relaxed)
    return t > 0 ? (min(done.load(ordering: .relaxed), t), t) : nil
  }
}
