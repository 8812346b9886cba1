import AnvisKit
import CReadline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// readline's completion callbacks, asking `Shell.completions(for:cursor:)`. C function
// pointers must be formed from plain functions that capture nothing.

/// The line being edited up to the cursor and after it, as the shell sees it: a continued
/// input's earlier lines first.
private func editedLine(_ state: EditorState) -> (line: String, cursor: Int) {
  let bytes = anvis_rl_line_buffer().map { UnsafeBufferPointer(start: $0, count: Int(strlen($0))) }
  let point = Int(anvis_rl_point())
  let before =
    bytes.map { String(decoding: $0.prefix(point).map { UInt8(bitPattern: $0) }, as: UTF8.self) } ?? ""
  let after =
    bytes.map { String(decoding: $0.dropFirst(point).map { UInt8(bitPattern: $0) }, as: UTF8.self) } ?? ""
  let prefix = state.pending.isEmpty ? "" : state.pending + "\n"
  return (prefix + before + after, (prefix + before).count)
}

/// Whether the word at the cursor is a file path (readline then breaks words at blanks only).
func completionWordIsPath() -> Int32 {
  guard let state = EditorState.shared else { return 0 }
  let (line, cursor) = editedLine(state)
  return state.shell.completesFilePath(for: line, cursor: cursor) ? 1 : 0
}

/// Tab: the candidates for the word before the cursor; file names only where a command takes
/// a file path.
func completionAttempt(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  anvis_rl_set_attempted_completion_over(1)
  guard let state = EditorState.shared, let text else { return nil }
  let (line, cursor) = editedLine(state)
  var candidates = state.shell.completions(for: line, cursor: cursor)
  if state.shell.completesFilePath(for: line, cursor: cursor) {
    // The file system's names, from readline's own file-name completion (a folder gets `/`).
    let typed = String(cString: text)
    anvis_rl_set_filename_completion_desired(1)
    candidates = candidates.filter { $0.hasPrefix(typed) } + FilePathCompletion.names(startingWith: text)
  }
  // readline lists candidates on the terminal itself: one holding a control character (a data
  // value with an escape sequence) is left out rather than drive the terminal.
  state.candidates = candidates.filter(TerminalText.isSafe)
  state.nextCandidate = 0
  if state.candidates.isEmpty { return nil }
  return rl_completion_matches(text, completionCandidate)
}

/// Hands readline the candidates one by one (strdup'd; readline frees them).
func completionCandidate(_ text: UnsafePointer<CChar>?, _ restart: Int32) -> UnsafeMutablePointer<CChar>? {
  guard let state = EditorState.shared else { return nil }
  if restart == 0 { state.nextCandidate = 0 }
  guard state.nextCandidate < state.candidates.count else { return nil }
  let candidate = state.candidates[state.nextCandidate]
  state.nextCandidate += 1
  return strdup(candidate)
}

/// File and folder names for a word that is a path, as readline's file-name completion finds
/// them (it expands `~` and reads the folder); the library never lists folders itself.
enum FilePathCompletion {
  static func names(startingWith text: UnsafePointer<CChar>) -> [String] {
    var names: [String] = []
    var state: Int32 = 0
    while let name = rl_filename_completion_function(text, state) {
      names.append(String(cString: name))
      free(name)
      state = 1
    }
    return names
  }
}
