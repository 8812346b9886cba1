@testable import AnvisKit

/// A small data set built in code for the shell's tests.
enum ShellTestData {
  static let asOf = Day(year: 2026, month: 11, day: 1) ?? Day(ordinal: 0)

  static func dataset(name: String = "Testby", units unitCount: Int = 3) throws -> Dataset {
    let areas = [
      Area(id: "a-01", name: "Midtby", status: .ordinary),
      Area(id: "a-02", name: "Østparken", status: .vulnerable),
    ]
    let orgs = [
      Organisation(id: "org-1", name: "Himmerland", anvisningShare: 0.275),
      Organisation(id: "org-2", name: "Alabu", anvisningShare: 0.25),
    ]
    let depts = [
      Department(id: "d-001", organisation: "org-1", area: "a-01", name: "Afd. 1", exempt: false),
      Department(id: "d-002", organisation: "org-2", area: "a-02", name: "Afd. 2", exempt: true),
    ]
    var units = [Unit]()
    for i in 0..<unitCount {
      units.append(
        Unit(
          id: "u-00000\(i + 1)", department: i % 2 == 0 ? "d-001" : "d-002",
          type: i % 3 == 0 ? .family : .youth,
          rooms: 1 + i % 4, sizeM2: 40.5 + Double(i), rent: 3200.456 + Double(i) * 100, floor: i % 5,
          accessible: i % 2 == 1, status: i == 0 ? .vacant : .occupied,
          vacantSince: i == 0 ? asOf + (-10) : nil))
    }
    let cases = [
      Case(
        id: "c-0001", age: 23, householdSize: 1, situation: .shelter, registered: asOf + (-120),
        incomeType: .kontanthjaelp, income: 8000, need: .ICM, inEducation: false),
      Case(
        id: "c-0002", age: 45, householdSize: 2, situation: .street, registered: asOf + (-400),
        incomeType: .foertidspension, income: 14500.5, need: .none, inEducation: false,
        disabilityPension: true),
    ]
    let teams = [Team(id: "t-01", method: .ICM, capacity: 30, caseload: 25)]
    return try Dataset(
      manifest: Manifest(name: name, asOf: asOf), areas: areas, organisations: orgs, departments: depts,
      units: units, cases: cases, teams: teams)
  }

  static func shell(
    _ settings: Settings = Settings(), stopwatch: Stopwatch? = nil, session: SessionOptions = SessionOptions()
  ) throws -> Shell {
    Shell(dataset: try dataset(), settings: settings, stopwatch: stopwatch, session: session)
  }
}

/// A shell on `ShellTestData` that records into a fresh sessions folder, for the suites that
/// drive the session commands; the session ends and the folder goes when it is released.
/// A suite that drives one `RecordingShell`: its folder, its shell and `run`.
protocol RecordingSuite {
  var recording: RecordingShell { get }
}

extension RecordingSuite {
  var folder: ScratchFolder { recording.folder }
  var shell: Shell { recording.shell }

  func run(_ input: String) -> Response { shell.respond(to: input) }
}

final class RecordingShell {
  let folder: ScratchFolder
  let shell: Shell

  /// `opensDataset`: `.replay` and `.recover` open the same data set built in code.
  init(opensDataset: Bool = true) throws {
    folder = try ScratchFolder("sessions")
    var open: DatasetOpener?
    if opensDataset {
      let dataset = try ShellTestData.dataset()
      open = { (_: String) throws(StoreError) -> Dataset in dataset }
    }
    shell = try ShellTestData.shell(session: SessionOptions(folder: folder.path, openDataset: open))
  }

  deinit {
    shell.finishSession()
    folder.remove()
  }
}
