/// The arguments of `.export [NAME] [--md|--html] FILE`: the saved session to export (nil: the
/// session being recorded, unsaved), the format (given, else from FILE's name) and the file.
struct ExportArguments {
  enum Format: String {
    case markdown = "--md"
    case html = "--html"
  }

  var name: CommandInput.Word?
  var format: Format
  var file: CommandInput.Word

  static let usage = ".export [NAME] [--md|--html] FILE"

  init(_ input: CommandInput) throws(CommandError) {
    var given: Format?
    var positional: [CommandInput.Word] = []
    for word in input.arguments {
      if word.text.hasPrefix("--") {
        guard let format = Format(rawValue: word.text) else {
          throw .at(
            word, "expected --md or --html", hint: NearMiss.hint(for: word.text, among: ["--md", "--html"]))
        }
        if given != nil { throw .at(word, "give one of --md and --html") }
        given = format
      } else {
        positional.append(word)
      }
    }
    guard let file = positional.last else {
      throw .at(input.end, "expected the file to write", hint: "e.g. .export notebook.md, or .export NAME page.html")
    }
    guard positional.count <= 2 else { throw .at(positional[2], "unexpected '\(positional[2].text)'", hint: Self.usage) }
    guard let format = given ?? Self.format(of: file.text) else {
      throw .at(file, "cannot tell the format from '\(file.text)'", hint: "end the name in .md or .html, or add --md or --html")
    }
    self.name = positional.count == 2 ? positional[0] : nil
    self.format = format
    self.file = file
  }

  /// The format a file's name asks for: `.md`/`.markdown` or `.html`/`.htm`.
  static func format(of path: String) -> Format? {
    let lower = path.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
    return nil
  }
}
