import Synchronization

/// A flag a long computation polls to stop early (set by Ctrl-C in the shell).
public final class Cancellation: Sendable {
  private let flag = Atomic<Bool>(false)

  public init() {}

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }

  public func cancel() { flag.store(true, ordering: .relaxed) }

  public func reset() { flag.store(false, ordering: .relaxed) }
}
