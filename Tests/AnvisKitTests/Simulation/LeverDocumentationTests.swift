import Foundation
import Testing

@testable import AnvisKit

/// Every lever is in the README's lever list, estimates with [est]; meanings cite no paragraph
/// that was not verified (the youth claim is a local agreement, not § 59 stk. 3).
@Suite struct LeverDocumentationTests {
  static func readme() throws -> String {
    try String(contentsOfFile: StoreRoundTripTests.root + "/README.md", encoding: .utf8)
  }

  @Test func theReadmeListsEveryLeverAndTagsTheEstimates() throws {
    let text = try Self.readme()
    let start = try #require(text.range(of: "**Levers**"))
    let end = try #require(text.range(of: "**Rules**", range: start.upperBound..<text.endIndex))
    let list = text[start.upperBound..<end.lowerBound].replacingOccurrences(of: "\n", with: " ")
    for lever in Lever.allCases {
      let name = lever.takesOrganisation || lever.name.hasPrefix("support.capacity") ? lever.name.prefix(12) : lever.name[...]
      #expect(list.contains(String(name)), "README lacks \(lever.name)")
      guard lever.isEstimate, let at = list.range(of: "`\(lever.name)`") else { continue }
      let after = list[at.upperBound...].prefix(60)
      #expect(after.contains("[est]"), "README does not tag \(lever.name) [est]")
    }
  }

  @Test func meaningsCiteOnlyVerifiedParagraphs() {
    for lever in Lever.allCases {
      #expect(!lever.meaning.contains("§ 59 stk. 3"))
    }
    #expect(BlockingRule.youthClaimOff.reason.contains("local agreement"))
  }
}
