/// What the unit generator needs to know about a department beyond its row.
struct DepartmentPlan: Sendable {
  /// The type of the department's units (ordinary departments hold one type each).
  var kind: UnitType
  var units: Int
  /// Rent level, kr per m² per year, before each unit's own spread.
  var rentPerM2: Double
  /// The highest floor (0 = ground floor).
  var maxFloor: Int
}

/// Areas, organisations and departments, with a plan for each department's units.
struct Structure: Sendable {
  var areas: [Area] = []
  var organisations: [Organisation] = []
  var departments: [Department] = []
  var plans: [DepartmentPlan] = []
}

/// Builds the areas, organisations and departments of a preset.
enum StructureGenerator {
  /// An area with what the generator needs to place departments in it.
  struct AreaDraft {
    var area: Area
    var weight: Double
    var urban: Bool
    /// kr/m²/year added to this area's rents.
    var rentOffset: Double
    var town: Int
  }

  /// An organisation with its relative size and the areas most of its departments are in.
  struct OrganisationDraft {
    var organisation: Organisation
    var weight: Double
    var homeAreas: [Int]
    /// An organisation of youth housing (ungdomsboliger): its departments are youth housing.
    var youthHousing: Bool { organisation.name.hasSuffix("Ungdomsboliger") }
  }

  static func make(_ preset: Preset, _ p: PresetParameters, _ rng: inout SeededRandom) -> Structure {
    let areas: [AreaDraft]
    let organisations: [OrganisationDraft]
    switch preset {
    case .aalborg:
      areas = AreaLayout.aalborg()
      organisations = OrganisationLayout.aalborg(&rng)
    case .national:
      areas = AreaLayout.national(p.areas, &rng)
      organisations = OrganisationLayout.national(p.organisations, areas: areas, &rng)
    }
    var structure = Structure()
    structure.areas = areas.map(\.area)
    structure.organisations = organisations.map(\.organisation)
    DepartmentLayout.make(p, areas: areas, organisations: organisations, into: &structure, &rng)
    return structure
  }
}
