/// The departments (afdelinger): which organisation and area, how many units of which
/// type, rent level, height, and whether they are exempt from anvisning.
enum DepartmentLayout {
  typealias AreaDraft = StructureGenerator.AreaDraft
  typealias OrganisationDraft = StructureGenerator.OrganisationDraft

  /// DOMAIN.md: units 85 % family, 10 % youth, 5 % elderly (senior).
  static let typeShares: [(type: UnitType, share: Double)] = [
    (.family, 0.85), (.youth, 0.10), (.senior, 0.05),
  ]

  /// Share of an organisation's departments in its home areas [est].
  static let homeShare = 0.75

  /// Friholdte afdelinger (DOMAIN.md, trappemodel): most in the restricted areas [est].
  static let exemptInRestricted = 0.30
  static let exemptElsewhere = 0.015

  static func make(
    _ p: PresetParameters, areas: [AreaDraft], organisations: [OrganisationDraft],
    into structure: inout Structure, _ rng: inout SeededRandom
  ) {
    let areaTable = WeightedTable(areas.map(\.weight))
    let ordinaryAreas = areas.indices.filter { areas[$0].area.status == .ordinary }
    let ordinaryAreaTable = WeightedTable(ordinaryAreas.map { areas[$0].weight })
    let organisationTable = WeightedTable(organisations.map(\.weight))
    let width = GeneratorIDs.width(p.departments, minimum: 3)
    var names = nameGrid()
    rng.shuffle(&names)

    // Every organisation has at least one department; the rest follow their sizes.
    let extra = Quotas.split(p.ordinaryDepartments - organisations.count, organisations.map(\.weight))
    var owners = [Int]()
    for (o, n) in extra.enumerated() { owners += repeatElement(o, count: n + 1) }

    var placed = [(organisation: Int, area: Int, size: Double)]()
    for o in owners {
      let homes = organisations[o].homeAreas
      let a =
        !homes.isEmpty && rng.chance(homeShare)
        ? homes[rng.int(in: 0...(homes.count - 1))] : areaTable.draw(&rng)
      let restricted = isRestricted(areas[a].area.status)
      // Department sizes [est]: 0.3–1.7 × the mean, larger blocks in restricted and urban areas.
      let size = rng.triangular(0.3, 1.7) * (restricted ? 1.7 : 1) * (areas[a].urban ? 1.2 : 0.8)
      placed.append((o, a, size))
    }
    let counts = Quotas.split(p.ordinaryUnits, placed.map(\.size))
    let youthFirst = placed.map { organisations[$0.organisation].youthHousing }
    let kinds = ordinaryKinds(counts, youthFirst: youthFirst, &rng)

    for (i, d) in placed.enumerated() {
      let area = areas[d.area]
      let restricted = isRestricted(area.area.status)
      let exempt = rng.chance(restricted ? exemptInRestricted : exemptElsewhere)
      let plan = DepartmentPlan(
        kind: kinds[i], units: counts[i], rentPerM2: rentLevel(kinds[i], area, &rng),
        maxFloor: maxFloor(area, restricted: restricted, &rng))
      append(
        structure: &structure, organisation: organisations[d.organisation].organisation.id,
        area: area.area.id, name: names[structure.departments.count % names.count], exempt: exempt,
        plan: plan, width: width)
    }

    // Skæve boliger, bofællesskaber and udslusningsboliger: small, in ordinary areas, never exempt.
    for special in p.specialDepartments {
      for _ in 0..<special.count {
        let area = areas[
          ordinaryAreas.isEmpty ? areaTable.draw(&rng) : ordinaryAreas[ordinaryAreaTable.draw(&rng)]]
        let plan = DepartmentPlan(
          kind: special.type, units: rng.int(in: special.units),
          rentPerM2: rentLevel(special.type, area, &rng),
          maxFloor: rng.int(in: 0...1))
        let name =
          GeneratorNames.specialPrefix(special.type) + names[structure.departments.count % names.count]
        append(
          structure: &structure, organisation: organisations[organisationTable.draw(&rng)].organisation.id,
          area: area.area.id, name: name, exempt: false, plan: plan, width: width)
      }
    }
  }

  private static func append(
    structure: inout Structure, organisation: String, area: String, name: String, exempt: Bool,
    plan: DepartmentPlan, width: Int
  ) {
    let id = GeneratorIDs.make("d-", structure.departments.count + 1, width: width)
    structure.departments.append(
      Department(id: id, organisation: organisation, area: area, name: name, exempt: exempt))
    structure.plans.append(plan)
  }

  static func isRestricted(_ status: AreaStatus) -> Bool {
    status.isRestrictedStk6 || status.isPreventionStk7
  }

  /// One type per ordinary department, chosen so the unit totals meet `typeShares`.
  /// Departments of youth-housing organisations (`youthFirst`) are youth housing while the
  /// youth share allows; then, in a random order, a department becomes youth or senior
  /// housing while that type is short of its share by at least half the department, else
  /// family housing.
  static func ordinaryKinds(_ counts: [Int], youthFirst: [Bool], _ rng: inout SeededRandom) -> [UnitType] {
    var order = Array(counts.indices)
    rng.shuffle(&order)
    let total = Double(counts.reduce(0, +))
    var firstYouth = counts.map { _ in false }
    var reserved = 0
    for d in order where youthFirst[d] && Double(reserved + counts[d]) <= typeShares[1].share * total {
      firstYouth[d] = true
      reserved += counts[d]
    }
    var kinds = counts.map { _ in UnitType.family }
    var done = 0
    var youth = 0
    var senior = 0
    let youthShare = typeShares[1].share
    let seniorShare = typeShares[2].share
    for d in order where firstYouth[d] {
      kinds[d] = .youth
      youth += counts[d]
      done += counts[d]
    }
    for d in order where !firstYouth[d] {
      let n = counts[d]
      let youthGap = youthShare * Double(done + n) - Double(youth)
      let seniorGap = seniorShare * Double(done + n) - Double(senior)
      if youthGap >= Double(n) / 2, youthGap >= seniorGap {
        kinds[d] = .youth
        youth += n
      } else if seniorGap >= Double(n) / 2 {
        kinds[d] = .senior
        senior += n
      }
      done += n
    }
    return kinds
  }

  /// kr/m²/year. DOMAIN.md: rents from size × 700–800 kr/m²/year in Aalborg; youth ~958 and
  /// elderly ~1,117 against 899 for all (2021), so youth +60 and senior +200 here; restricted
  /// areas' older blocks −40 and the capital region +120 [est].
  static func rentLevel(_ kind: UnitType, _ area: AreaDraft, _ rng: inout SeededRandom) -> Double {
    let base = rng.uniform(700, 800) + area.rentOffset - (isRestricted(area.area.status) ? 40 : 0)
    switch kind {
    case .family: return base
    case .youth: return base + 60
    case .senior: return base + 200
    case .skaev: return base - 50
    case .shared_room: return base + 150
    case .transition: return base
    }
  }

  /// The top floor [est]: tall blocks in restricted areas, 3–6 storeys in town, row houses
  /// and low blocks in the suburbs.
  static func maxFloor(_ area: AreaDraft, restricted: Bool, _ rng: inout SeededRandom) -> Int {
    if restricted { return rng.int(in: 4...8) }
    if area.urban { return rng.int(in: 2...5) }
    return rng.chance(0.55) ? 1 : rng.int(in: 2...3)
  }

  /// Every stem × suffix ("Bøgeparken"), in a fixed order.
  static func nameGrid() -> [String] {
    var names = [String]()
    for stem in GeneratorNames.streetStems {
      for suffix in GeneratorNames.streetSuffixes { names.append(stem + suffix) }
    }
    return names
  }
}
