import Testing

@testable import AnvisKit

/// Numbers a Danish reader reads right: no comma thousands separator in prose, and a decimal
/// comma accepted in `set` (or refused with both readings when it could be a separator).
@Suite struct DanishNumberTests {
  @Test func proseHasNoThousandsComma() {
    #expect(NumberText.grouped(1149) == "1149")
    #expect(NumberText.grouped(-34012) == "-34012")
    #expect(DatasetValidator.grouped(34012) == "34012")
  }

  @Test func setAcceptsADecimalComma() throws {
    let shell = try ShellTestData.shell()
    _ = shell.respond(to: "scenario s")
    let r = shell.respond(to: "set rent.share = 0,35")
    #expect(!r.failed, "\(r.stderr)")
    #expect(r.stdout.contains("rent.share = 0.35"))
    #expect(!shell.respond(to: "set acceptance = 87,5%").failed)
  }

  @Test func aCommaBeforeThreeDigitsIsRefusedWithBothReadings() throws {
    let shell = try ShellTestData.shell()
    _ = shell.respond(to: "scenario s")
    let r = shell.respond(to: "set rent.cap = 4,500")
    #expect(r.failed)
    #expect(r.stderr.contains("4.500"))
    #expect(r.stderr.contains("4500"))
  }
}
