import AnvisKit
import CReadline
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C: the SIGINT handler only sets flags. The line editor drops the half-typed line when
/// it sees `pending`; a running computation sees `cancellation`. A second Ctrl-C while a
/// computation ignores the first ends the process (status 130).
enum Interrupts {
  /// Set by SIGINT; the line editor clears it.
  static let pending = Atomic<Bool>(false)
  /// True while the shell computes an answer.
  static let computing = Atomic<Bool>(false)
  /// The shell's cancellation flag, polled by long computations.
  static let cancellation = Cancellation()

  /// Installs the handler (interactive mode only; batch keeps the default: Ctrl-C ends it).
  static func install() {
    _ = cancellation.isCancelled
    _ = anvis_install_sigint { _ in
      if Interrupts.computing.load(ordering: .relaxed) {
        if Interrupts.cancellation.isCancelled { _exit(130) }
        Interrupts.cancellation.cancel()
      }
      Interrupts.pending.store(true, ordering: .relaxed)
    }
  }

  /// Reads and clears the flag.
  static func take() -> Bool { pending.exchange(false, ordering: .relaxed) }
}
