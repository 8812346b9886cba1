import Testing

@testable import AnvisKit

@Suite struct SessionNameTests {
  @Test(arguments: ["youth-first", "a", "v1.2_final", "ABC-09", "x.anvis"])
  func plainWordsAreAccepted(name: String) throws {
    let parsed = try SessionName(name)
    #expect(parsed.value == (name == "x.anvis" ? "x" : name))
  }

  @Test(arguments: [
    ("../x", SessionError.NameProblem.path("../x")), ("/tmp/x", .path("/tmp/x")), ("a/b", .path("a/b")),
    ("..", .path("..")), ("~x", .path("~x")), ("a\\b", .path("a\\b")),
    (".hidden", .hidden(".hidden")), ("", .empty), ("a b", .character("a b", " ", column: 2)),
    ("bø", .character("bø", "ø", column: 2)),
    (String(repeating: "x", count: 65), .tooLong(String(repeating: "x", count: 65), 65)),
  ])
  func refusals(name: String, error: SessionError.NameProblem) {
    #expect(throws: error) { try SessionName(name) }
  }

  @Test func messagesAreClear() {
    #expect(SessionError.name(.path("../x")).description.contains("'../x' is a path"))
    #expect(SessionError.name(.hidden(".h")).description.contains("hidden"))
    #expect(SessionError.name(.character("a b", " ", column: 2)).description.contains("a space at column 2"))
  }
}
