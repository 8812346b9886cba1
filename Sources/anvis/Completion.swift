import AnvisKit
import CReadline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// readline's completion callbacks, asking `Shell.completions(for:cursor:)`. C function
// pointers must be formed from plain functions that capture nothing.

/// Tab: the candidates for the word before the cursor; never file names.
func completionAttempt(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  anvis_rl_set_attempted_completion_over(1)
  guard let state = EditorState.shared, let text else { return nil }
  let bytes = anvis_rl_line_buffer().map { UnsafeBufferPointer(start: $0, count: Int(strlen($0))) }
  let point = Int(anvis_rl_point())
  let before =
    bytes.map { String(decoding: $0.prefix(point).map { UInt8(bitPattern: $0) }, as: UTF8.self) } ?? ""
  let after =
    bytes.map { String(decoding: $0.dropFirst(point).map { UInt8(bitPattern: $0) }, as: UTF8.self) } ?? ""
  let prefix = state.pending.isEmpty ? "" : state.pending + "\n"
  let line = prefix + before + after
  // readline lists candidates on the terminal itself: one holding a control character (a data
  // value with an escape sequence) is left out rather than drive the terminal.
  state.candidates = state.shell.completions(for: line, cursor: (prefix + before).count).filter(
    TerminalText.isSafe)
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
