import Testing

@testable import AnvisKit

/// `ErrorRenderer` is the one place errors become words: positions, sheets, nested errors.
@Suite struct ErrorRendererTests {
  @Test func aProblemInAFileIsShownAtItsPosition() {
    let error = StoreError.load([
      FileProblem(file: "units.csv", line: 3, column: 5, message: "rent must not be negative"),
      FileProblem(file: "units.xlsx", line: 12, column: 6, message: "expected a number", sheet: "units"),
    ])
    #expect(
      ErrorRenderer.lines(error) == [
        "units.csv:3:5: rent must not be negative", "units.xlsx[units]!F12: expected a number",
      ])
    #expect(ErrorRenderer.message(error) == ErrorRenderer.lines(error).joined(separator: "\n"))
    #expect(error.description == ErrorRenderer.message(error))
  }

  @Test func aProblemWithoutAPlaceIsItsMessage() {
    #expect(ErrorRenderer.message(StoreError.permissionDenied(path: "out.csv")) == "cannot write 'out.csv': permission denied")
    #expect(ErrorRenderer.message(StoreError.notUTF8(file: "scenarios/a.scenario"))
      == "scenarios/a.scenario:1:1: not UTF-8 text; save it as UTF-8")
  }

  @Test func nestedErrorsKeepTheirOwnWords() {
    let write = StoreError.diskFull(path: "s/walk.anvis")
    #expect(
      ErrorRenderer.message(SessionError.write(write))
        == "cannot write 's/walk.anvis': no space left on the disk; nothing was written")
    let replay = SessionError.dataset(
      folder: "data", .load([FileProblem(file: "data/cases.csv", line: 2, column: 1, message: "duplicate id")]))
    #expect(
      ErrorRenderer.lines(replay) == [
        "cannot open the session's data set 'data' (use --data DIR):", "data/cases.csv:2:1: duplicate id",
      ])
    let parse = SessionError.parse(path: "s/x.anvis", .init(line: 3, column: 5, "oops"))
    #expect(ErrorRenderer.message(parse) == "s/x.anvis:3:5: oops")
    #expect(ErrorRenderer.message(GeneratorError.cannotWrite(write)) == ErrorRenderer.message(write))
  }

  @Test func aSimulationErrorCarriesItsHintToTheCaret() {
    let error = SimulationError.unknownCase("c-0002", hint: "did you mean 'c-0001'?")
    let word = CommandInput.Word(text: "c-0002", line: 1, column: 5)
    let text = CommandError.at(word, error).rendered(source: "why c-0002")
    #expect(text.hasPrefix("error: no case 'c-0002'\n"))
    #expect(text.hasSuffix("= help: did you mean 'c-0001'?"))
    #expect(text.contains("  |     ^^^^^^"))
  }

  @Test func anotherSubsystemsErrorIsOneErrorLine() {
    let text = CommandError.failed(SessionError.noRecording).rendered(source: ".save x")
    #expect(text == "error: nothing recorded yet; run some commands first")
  }
}
