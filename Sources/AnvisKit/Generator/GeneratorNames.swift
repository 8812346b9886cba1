/// The names the generator draws from. The aalborg preset's areas and organisations are
/// invented (a real neighbourhood must not be given an invented § 59 status); the national
/// preset names real kommuner, whose parts and statuses are illustrative **[est]**.
enum GeneratorNames {
  /// An Aalborg area: its name, § 59 status, share of the departments and whether it is
  /// built up (blocks) rather than suburban (row houses, low blocks).
  struct AreaSpec: Sendable {
    var name: String
    var status: AreaStatus
    var weight: Double
    var urban: Bool
  }

  /// DOMAIN.md: ~12 areas "of which 1–2 are udsat/forebyggelse". The names are invented, so
  /// that no real neighbourhood is given an invented § 59 status; weights, statuses and the
  /// urban/suburban mix follow the Aalborg-like layout the example has always had.
  static let aalborgAreas: [AreaSpec] = [
    AreaSpec(name: "Fjordbyen", status: .ordinary, weight: 10, urban: true),
    AreaSpec(name: "Vestervang", status: .ordinary, weight: 9, urban: true),
    AreaSpec(name: "Bakkelund", status: .ordinary, weight: 6, urban: false),
    AreaSpec(name: "Engkvarteret", status: .ordinary, weight: 11, urban: true),
    AreaSpec(name: "Stærevænget", status: .vulnerable, weight: 5, urban: true),
    AreaSpec(name: "Østerdal", status: .prevention, weight: 7, urban: true),
    AreaSpec(name: "Nordbredden", status: .ordinary, weight: 11, urban: true),
    AreaSpec(name: "Højmarken", status: .ordinary, weight: 8, urban: false),
    AreaSpec(name: "Sydmarken", status: .ordinary, weight: 7, urban: false),
    AreaSpec(name: "Skovlund", status: .ordinary, weight: 5, urban: false),
    AreaSpec(name: "Åbrinken", status: .ordinary, weight: 5, urban: false),
    AreaSpec(name: "Kløverdal", status: .ordinary, weight: 5, urban: false),
  ]

  /// An Aalborg organisation: its name, its relative size and the area (index into
  /// `aalborgAreas`) most of its departments are in, if it has one.
  struct OrganisationSpec: Sendable {
    var name: String
    var weight: Double
    var homeArea: Int?
  }

  /// Invented organisations (Aalborg has about 20): the sizes, home areas and agreed shares of
  /// the example are illustrative [est] and must not be read as any real organisation's.
  static let aalborgOrganisations: [OrganisationSpec] = [
    OrganisationSpec(name: "Fjordhjem Boligforening", weight: 14, homeArea: nil),
    OrganisationSpec(name: "Nordlys Bolig", weight: 6, homeArea: nil),
    OrganisationSpec(name: "Lejebo Nord", weight: 5, homeArea: nil),
    OrganisationSpec(name: "Samvirke Bolig", weight: 7, homeArea: nil),
    OrganisationSpec(name: "Bakkelund Boligselskab", weight: 3, homeArea: 2),
    OrganisationSpec(name: "Nordbredden Boligselskab", weight: 4, homeArea: 6),
    OrganisationSpec(name: "Bredningen Boligselskab", weight: 3, homeArea: 6),
    OrganisationSpec(name: "Trivselsbo", weight: 5, homeArea: nil),
    OrganisationSpec(name: "Boligselskabet af 1958", weight: 3, homeArea: nil),
    OrganisationSpec(name: "Boligselskabet Havnebo", weight: 2, homeArea: nil),
    OrganisationSpec(name: "Engkvarterets Boligforening", weight: 2, homeArea: 3),
    OrganisationSpec(name: "Højmarken Boligselskab", weight: 2, homeArea: 7),
    OrganisationSpec(name: "Sydmarken Almene Boliger", weight: 1.5, homeArea: 8),
    OrganisationSpec(name: "Åbrinken Boligforening", weight: 1.5, homeArea: 10),
    OrganisationSpec(name: "Skovlund Boligselskab", weight: 1.5, homeArea: 9),
    OrganisationSpec(name: "Boligforeningen Vandkanten", weight: 2, homeArea: nil),
    OrganisationSpec(name: "Østerdal Boligselskab", weight: 2, homeArea: 5),
    OrganisationSpec(name: "Boligselskabet Vestervang", weight: 2, homeArea: 1),
    OrganisationSpec(name: "Kløverdal Boligforening", weight: 1, homeArea: 11),
    OrganisationSpec(name: "Fjordbyens Ungdomsboliger", weight: 2, homeArea: 0),
  ]

  /// Danish kommuner and a rough size (thousands of inhabitants) for the national preset.
  static let towns: [(name: String, weight: Double)] = [
    ("København", 650), ("Aarhus", 360), ("Odense", 205), ("Aalborg", 220), ("Esbjerg", 116),
    ("Randers", 99), ("Kolding", 95), ("Horsens", 95), ("Vejle", 119), ("Roskilde", 90),
    ("Herning", 90), ("Silkeborg", 96), ("Næstved", 84), ("Frederiksberg", 104), ("Gentofte", 75),
    ("Gladsaxe", 70), ("Høje-Taastrup", 56), ("Albertslund", 28), ("Brøndby", 35), ("Ishøj", 23),
    ("Hvidovre", 53), ("Glostrup", 23), ("Ballerup", 49), ("Herlev", 29), ("Rødovre", 41),
    ("Greve", 51), ("Køge", 62), ("Holbæk", 73), ("Slagelse", 80), ("Kalundborg", 49),
    ("Helsingør", 63), ("Hillerød", 52), ("Frederikssund", 46), ("Viborg", 98), ("Holstebro", 59),
    ("Skive", 46), ("Svendborg", 59), ("Nyborg", 32), ("Middelfart", 39), ("Fredericia", 52),
    ("Haderslev", 56), ("Aabenraa", 58), ("Sønderborg", 74), ("Tønder", 37), ("Varde", 50),
    ("Ringkøbing-Skjern", 56), ("Ikast-Brande", 42), ("Thisted", 43), ("Hjørring", 64),
    ("Frederikshavn", 58), ("Brønderslev", 36), ("Rebild", 30), ("Mariagerfjord", 41),
    ("Vesthimmerland", 36), ("Jammerbugt", 38), ("Morsø", 20), ("Lemvig", 19), ("Struer", 21),
    ("Skanderborg", 64), ("Odder", 23), ("Hedensted", 47), ("Syddjurs", 43), ("Norddjurs", 37),
    ("Favrskov", 49), ("Faaborg-Midtfyn", 51), ("Assens", 41), ("Nordfyn", 29), ("Kerteminde", 24),
    ("Langeland", 12), ("Ærø", 6), ("Lolland", 40), ("Guldborgsund", 60), ("Vordingborg", 46),
    ("Faxe", 37), ("Stevns", 23), ("Ringsted", 36), ("Sorø", 30), ("Odsherred", 33), ("Lejre", 28),
    ("Solrød", 23), ("Gribskov", 41), ("Halsnæs", 31), ("Allerød", 26), ("Fredensborg", 41),
    ("Furesø", 41), ("Rudersdal", 56), ("Lyngby-Taarbæk", 56), ("Egedal", 44), ("Tårnby", 43),
    ("Dragør", 14), ("Vallensbæk", 16), ("Bornholm", 39), ("Billund", 27), ("Vejen", 43),
    ("Fanø", 3), ("Samsø", 4), ("Læsø", 2),
  ]

  /// Kommuner in the capital region, where rents run higher (DOMAIN.md: West Denmark is
  /// 100–200 kr/m² below the national 899).
  static let capitalRegion: Set<String> = [
    "København", "Frederiksberg", "Gentofte", "Gladsaxe", "Høje-Taastrup", "Albertslund", "Brøndby",
    "Ishøj", "Hvidovre", "Glostrup", "Ballerup", "Herlev", "Rødovre", "Helsingør", "Hillerød",
    "Frederikssund", "Gribskov", "Halsnæs", "Allerød", "Fredensborg", "Furesø", "Rudersdal",
    "Lyngby-Taarbæk", "Egedal", "Tårnby", "Dragør", "Vallensbæk", "Bornholm", "Greve", "Roskilde",
  ]

  /// Parts of a town, for naming its areas (a town has at most this many areas).
  static let townParts = [
    "Centrum", "Nord", "Syd", "Øst", "Vest", "Nordvest", "Nordøst", "Sydvest", "Sydøst", "Midtby",
    "Havnen", "Bakkerne", "Engene", "Parken", "Skovkvarteret", "Strandkvarteret",
  ]

  /// National organisation names: a form applied to a town name.
  static let organisationForms: [(prefix: String, suffix: String)] = [
    ("Boligselskabet ", ""), ("", " Boligforening"), ("Boligforeningen ", ""), ("", " Almene Boliger"),
    ("Lejerbo ", ""), ("Boligkontoret ", ""), ("", " Ungdomsboliger"), ("Arbejdernes Boligselskab ", ""),
  ]

  /// Department names: a stem and a suffix, e.g. "Bøgeparken", "Kærgården".
  static let streetStems = [
    "Birke", "Ege", "Bøge", "Linde", "Ahorn", "Kastanje", "Hassel", "Pile", "Rose", "Lyng", "Eng",
    "Mølle", "Kilde", "Sol", "Fjord", "Skov", "Søndre", "Vester", "Nørre", "Øster", "Smede",
    "Kirke", "Hede", "Mark", "Kær", "Ørne",
  ]
  static let streetSuffixes = [
    "parken", "gården", "haven", "bakken", "toften", "vangen", "lunden", "højen", "engen", "gade",
    "vej", "stien", "kvarteret", "husene",
  ]

  /// The prefix of a special department's name, per unit type.
  static func specialPrefix(_ type: UnitType) -> String {
    switch type {
    case .skaev: "Skæve boliger, "
    case .shared_room: "Bofællesskabet "
    case .transition: "Udslusningsboliger, "
    case .family, .youth, .senior: ""
    }
  }
}
