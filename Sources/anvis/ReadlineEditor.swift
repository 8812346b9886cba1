import AnvisKit
import CReadline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// GNU readline through its callback interface and a poll() loop (CPython's pattern), so that
/// Ctrl-C drops the current line and the shell goes on. One per process.
struct ReadlineEditor: LineReader {
  init(shell: Shell) {
    EditorState.shared = EditorState(shell: shell)
    anvis_rl_set_name()
    anvis_rl_set_catch_signals(0)
    anvis_rl_set_word_break_characters(Shell.completionBreakCharacters)
    anvis_rl_set_completion_function(completionAttempt)
    anvis_rl_set_path_probe(completionWordIsPath)
    Interrupts.install()
  }

  mutating func read(prompt: String, pending: String) -> LineEvent {
    guard let state = EditorState.shared else { return .end }
    state.pending = pending
    state.finished = false
    state.line = nil
    _ = Interrupts.take()
    rl_callback_handler_install(prompt) { raw in
      // Called by readline with a malloc'd line, or NULL on Ctrl-D.
      let state = EditorState.shared
      state?.finished = true
      if let raw {
        state?.line = String(cString: raw)
        free(raw)
      }
      rl_callback_handler_remove()
    }
    while true {
      if Interrupts.take() {
        // As bash: `^C` after the whole line (wherever the cursor was, even in a search or on
        // an earlier row of a wrapped line), then the next prompt on a line of its own.
        rl_callback_sigcleanup()
        anvis_rl_cursor_to_end()
        rl_free_line_state()
        rl_cleanup_after_signal()
        rl_callback_handler_remove()
        Terminal.write("^C\n")
        return .interrupted
      }
      var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, 100)
      if ready < 0 {
        if errno == EINTR { continue }
        rl_callback_handler_remove()
        return .end
      }
      if ready == 0 { continue }
      rl_callback_read_char()
      if state.finished {
        guard let line = state.line else {
          Terminal.write("\n")
          return .end
        }
        return .line(line)
      }
    }
  }
}

/// The one line editor's state, reached from readline's C callbacks (which capture nothing).
final class EditorState {
  nonisolated(unsafe) static var shared: EditorState?

  let shell: Shell
  var pending = ""
  var finished = false
  var line: String?
  /// Completion candidates for the word readline is completing, and the next to hand out.
  var candidates: [String] = []
  var nextCandidate = 0

  init(shell: Shell) { self.shell = shell }
}
