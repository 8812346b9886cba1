// TEMPORARY: stands in for the store until it lands on main; delete after `git merge main`.
import AnvisKit

enum DatasetReader {
  static func load(from directory: String) throws(LoadFailure) -> Dataset {
    if directory.hasSuffix("broken") {
      throw LoadFailure(problems: [
        FileProblem(description: "\(directory)/units.csv:3:5: rent must not be negative")
      ])
    }
    let asOf = Day(year: 2026, month: 11, day: 1) ?? Day(ordinal: 0)
    let units = (1...60).map { i in
      Unit(
        id: "u-\(String(100000 + i).dropFirst())", department: "d-001", type: i % 2 == 0 ? .family : .youth,
        rooms: 2, sizeM2: 50, rent: 3000 + Double(i), floor: 1, accessible: false, status: .occupied,
        vacantSince: nil)
    }
    do {
      return try Dataset(
        manifest: Manifest(name: "Stub", asOf: asOf),
        areas: [Area(id: "a-01", name: "Midtby", status: .ordinary)],
        organisations: [Organisation(id: "org-1", name: "Himmerland", anvisningShare: 0.27)],
        departments: [
          Department(id: "d-001", organisation: "org-1", area: "a-01", name: "Afd. 1", exempt: false)
        ],
        units: units, cases: [], teams: [])
    } catch {
      throw LoadFailure(problems: [FileProblem(description: "\(error)")])
    }
  }
}

struct FileProblem: CustomStringConvertible { var description: String }
struct LoadFailure: Error { var problems: [FileProblem] }
