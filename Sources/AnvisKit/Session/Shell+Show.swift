// `show KIND ID`: every field of one record as a two-column table, with what it belongs to.

extension Shell {
  func show(_ input: CommandInput) throws(CommandError) -> Reply {
    guard let kindWord = input.argument(0) else {
      throw input.missing("what to show: " + RecordKind.names.joined(separator: ", "))
    }
    let typed = kindWord.text.lowercased()
    let singular = typed.hasSuffix("s") ? String(typed.dropLast()) : typed
    guard let kind = RecordKind(rawValue: typed) ?? RecordKind(rawValue: singular) else {
      throw .at(
        kindWord,
        "cannot show '\(kindWord.text)'; expected one of " + RecordKind.names.joined(separator: ", "),
        hint: NearMiss.hint(for: kindWord.text, among: RecordKind.names))
    }
    guard let idWord = input.argument(1) else {
      let example = ids(of: kind).first.map { ", e.g. \(kind.rawValue) \($0)" } ?? ""
      throw input.missing("the id of a \(kind.rawValue)\(example)")
    }
    guard let row = index(of: kind)[idWord.text], let table = dataset.table(named: kind.tableName) else {
      throw .at(idWord, "no \(kind.rawValue) with id '\(idWord.text)'", hint: idHint(idWord.text, kind: kind))
    }
    var fields = table.columns.map(\.name)
    var values = table.columns.map { $0[row].displayText }
    for (field, value) in related(kind, row: row) {
      fields.append(field)
      values.append(value)
    }
    return .table(
      Table(
        name: kind.rawValue,
        columns: [
          Column(name: "field", storage: .string(fields)), Column(name: "value", storage: .string(values)),
        ]))
  }

  /// Every id of one kind of record, in file order.
  func ids(of kind: RecordKind) -> [String] {
    switch kind {
    case .unit: dataset.units.map(\.id)
    case .case: dataset.cases.map(\.id)
    case .organisation: dataset.organisations.map(\.id)
    case .department: dataset.departments.map(\.id)
    case .area: dataset.areas.map(\.id)
    case .team: dataset.teams.map(\.id)
    }
  }

  private func index(of kind: RecordKind) -> IDIndex {
    switch kind {
    case .unit: dataset.unitIndex
    case .case: dataset.caseIndex
    case .organisation: dataset.organisationIndex
    case .department: dataset.departmentIndex
    case .area: dataset.areaIndex
    case .team: dataset.teamIndex
    }
  }

  /// A near-miss id of this kind, or a note that the id belongs to another kind.
  private func idHint(_ id: String, kind: RecordKind) -> String? {
    for other in RecordKind.allCases where other != kind && index(of: other)[id] != nil {
      return "'\(id)' is a \(other.rawValue): show \(other.rawValue) \(id)"
    }
    return NearMiss.hint(for: id, among: ids(of: kind))
  }

  /// Extra rows about what a record belongs to or holds.
  private func related(_ kind: RecordKind, row: Int) -> [(String, String)] {
    let d = dataset
    switch kind {
    case .unit:
      let dept = d.departments[d.unitDepartment[row]]
      let org = d.organisation(ofUnit: row)
      let area = d.area(ofUnit: row)
      return [("department_name", dept.name), ("organisation_name", org.name), ("area_name", area.name)]
    case .case:
      return []
    case .organisation:
      let depts = d.departmentOrganisation.indices.filter { d.departmentOrganisation[$0] == row }
      return [("departments", String(depts.count))] + unitCounts { depts.contains($0) }
    case .department:
      return [
        ("organisation_name", d.organisations[d.departmentOrganisation[row]].name),
        ("area_name", d.areas[d.departmentArea[row]].name),
      ] + unitCounts { $0 == row }
    case .area:
      let depts = d.departmentArea.indices.filter { d.departmentArea[$0] == row }
      return [("departments", String(depts.count))] + unitCounts { depts.contains($0) }
    case .team:
      let team = d.teams[row]
      return [("free_places", String(team.capacity - team.caseload))]
    }
  }

  /// Units and vacant units in the departments `inDepartment` accepts.
  private func unitCounts(_ inDepartment: (Int) -> Bool) -> [(String, String)] {
    var count = 0
    var vacant = 0
    for (u, dept) in dataset.unitDepartment.enumerated() where inDepartment(dept) {
      count += 1
      if dataset.units[u].status == .vacant { vacant += 1 }
    }
    return [("units", String(count)), ("vacant_units", String(vacant))]
  }
}
