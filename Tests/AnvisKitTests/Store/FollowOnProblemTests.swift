import Foundation
import Testing

@testable import AnvisKit

/// Issue 8, items 12 and 13: a problem is reported where it is, once, and not again through
/// the problems that follow from it.
@Suite struct FollowOnProblemTests {
  /// 300 units whose names are quoted; line 6 opens a quote it never closes. It used to be
  /// reported where the next quote was, followed by one problem per following line.
  @Test func anUnclosedQuoteIsReportedWhereItOpenedAndOnce() throws {
    let s = try ScratchDataset()
    var text = "id,organisation,area,name,exempt\n"
    for i in 1...300 {
      let name = i == 5 ? "\"Blok \(i),false" : "\"Blok \(i), Vejgård\",false"
      text += "d-\(1000 + i),org-1,a-01,\(name)\n"
    }
    try s.write("departments.csv", text)
    try s.write("units.csv", try s.read("units.csv").replacingOccurrences(of: ",d-00", with: ",d-100"))
    let problems = BrokenDatasetTests.problems(s)
    #expect(
      problems == [
        "departments.csv:6:19: unterminated quoted field; the quote opened here is never closed on its line (the next quote, on line 7, is read as its end)"
      ])
  }

  @Test func aRowWithBrokenTextReportsNothingElse() throws {
    let s = try ScratchDataset()
    try s.replaceLine("teams.csv", 3, with: "t-02,\"ICM\"x,sixty")
    #expect(
      BrokenDatasetTests.problems(s) == [
        "teams.csv:3:11: unexpected text after a closing quote; a quote inside a quoted field is written \"\""
      ])
  }

  @Test func aStrayByteOrderMarkInAnIdIsNotBlamedOnTheFileThatRefersToIt() throws {
    let s = try ScratchDataset()
    var bytes = try ScratchDataset.bytes(of: s.path("areas.csv"))
    let lineTwo = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: lineTwo)
    try s.write("areas.csv", bytes: bytes)
    #expect(
      BrokenDatasetTests.problems(s) == [
        "areas.csv:2:1: a byte-order mark (U+FEFF) inside the text; it may only start the file"
      ])
  }

  @Test func problemsPastTheCapAreCountedWithTheFileName() throws {
    let s = try ScratchDataset()
    var text = "id,method,capacity,caseload\n"
    for i in 1...105 { text += "t-\(1000 + i),CTI,lots,1\n" }
    try s.write("teams.csv", text)
    let problems = BrokenDatasetTests.problems(s)
    #expect(problems.count == DatasetReader.problemsPerFile + 1)
    #expect(problems.last == "teams.csv:102:12: … 5 more problems in teams.csv")
  }

  @Test(arguments: [
    ("9223372036854775807", "capacity is too large, found '9223372036854775807'"),
    ("-99999999999999999999", "capacity is too large, found '-99999999999999999999'"),
    ("12x", "expected an integer, found '12x'"),
  ])
  func aHugeIntegerIsTooLargeNotNotAnInteger(value: String, message: String) throws {
    let s = try ScratchDataset()
    try s.replaceLine("teams.csv", 2, with: "t-01,CTI,\(value),52")
    #expect(BrokenDatasetTests.problems(s) == ["teams.csv:2:10: \(message)"])
  }

  @Test func aTrailingSeparatorOnEveryLineIsRefusedAtTheHeader() throws {
    let s = try ScratchDataset()
    try s.write("teams.csv", "id;method;capacity;caseload;\nt-01;CTI;60;52;\nt-02;ICM;60;57;\n")
    #expect(
      BrokenDatasetTests.problems(s) == [
        "teams.csv:1:28: an unnamed column: the header ends with ';'; remove the separator at the end of each line"
      ])
  }
}
