import Foundation
import Testing

@testable import AnvisKit

/// The national preset is large (≈ 590,000 units): opt in with `ANVIS_NATIONAL=1`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ANVIS_NATIONAL"] == "1"))
struct NationalPresetTests {
  @Test func hasTheCountrysScale() throws {
    let d = try Generator.generate(preset: .national, seed: 1)
    let f = GeneratorFigures(d)
    if ProcessInfo.processInfo.environment["ANVIS_PRINT_FIGURES"] == "1" { print(f.report) }
    #expect((580_000...600_000).contains(f.units))
    #expect(f.cases == 6_000)
    #expect(f.organisations == 500)
    #expect((2_900...3_100).contains(f.departments))
    #expect(f.areas == 400)
    #expect(Set(d.areas.map(\.name)).count == 400)
    #expect(Set(d.organisations.map(\.name)).count == 500)
    #expect(abs(Double(f.unitsByType[.family] ?? 0) / Double(f.units) - 0.85) < 0.01)
    #expect(d.units.last?.id.count == 8)
  }
}
