import Testing

@testable import AnvisKit

@Suite struct TextWrapTests {
  @Test func breaksAtSpacesWithinTheWidth() {
    let text = "Every home belongs to a department of a housing organisation and lies in an area."
    let lines = TextWrap.wrap(text, width: 30)
    #expect(lines == ["Every home belongs to a", "department of a housing", "organisation and lies in an", "area."])
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.joined(separator: " ") == text)
  }

  @Test func leavesShortTextLongWordsAndNarrowWidthsAlone() {
    #expect(TextWrap.wrap("short", width: 30) == ["short"])
    #expect(TextWrap.wrap("a " + String(repeating: "x", count: 40) + " b", width: 20)
      == ["a", String(repeating: "x", count: 40), "b"])
    #expect(TextWrap.wrap(String(repeating: "word ", count: 10), width: 10).count == 1)
  }

  @Test func stepPreviewWrapsNarrationButNotTheCommand() {
    let step = TranscriptStep(
      narration: ["one two three four five six seven eight nine ten eleven twelve"],
      command: "units | where rent < 3500 | count by area", output: [], failed: false)
    #expect(
      TranscriptReplay.preview(step, width: 24)
        == "one two three four five\nsix seven eight nine ten\neleven twelve\n"
        + "anvis> units | where rent < 3500 | count by area\n")
    #expect(TranscriptReplay.preview(step).hasPrefix("one two three four five six seven"))
  }
}
