/// Whether two department names, as two files of one disclosure print them, name the same department.
///
/// The narrative and the tables of one disclosure often print the department differently: the full name and the
/// short one (`中国共产党江苏省委员会办公厅` / `中共江苏省委办公厅` / `江苏省委办公厅`), with and without the region
/// (`省委办公厅`, `省人大办公厅` for `江苏省人大常委会办公厅`). Names are compared after ``normalized(_:)``; a name
/// without its region matches the same name with one.
public enum DepartmentNames {
    /// What two names say about the departments they name.
    public enum Agreement: Sendable, Hashable {
        /// The same name once normalised: the same department.
        case same
        /// The same name but for the region one of them leaves out (`省委办公厅` / `江苏省委办公厅`): the same department
        /// if no other department of another region is among the candidates.
        case sameButForRegion
        /// Different departments.
        case different
        /// A name is missing, so the names cannot decide.
        case unknown

        /// Whether the names name one department (``same`` or ``sameButForRegion``).
        public var namesOneDepartment: Bool { self == .same || self == .sameButForRegion }
    }

    /// Long forms and their short forms, replaced in this order (a later pair sees the result of the earlier ones).
    static let shortForms: [(long: String, short: String)] = [
        ("中国共产党", "中共"),
        ("中国人民政治协商会议", "政协"),
        ("人民代表大会常务委员会", "人大常委会"),
        ("人大常委会", "人大"),
        ("委员会", "委"),
        ("人民政府", "政府"),
    ]

    /// The characters that end the name of a region (`江苏省`, `南京市`, `南岸区`) or start a name whose region is
    /// left out (`省委办公厅`, `市政府办公室`).
    static let regionLevels: Set<Character> = ["省", "市", "区", "县", "州", "盟", "旗"]

    /// The name with spaces removed, full-width brackets made half-width, the long forms of ``shortForms``
    /// shortened, and a leading `中共` removed (`中共江苏省委办公厅` and `江苏省委办公厅` are one office).
    public static func normalized(_ name: String) -> String {
        var text = String(
            name.unicodeScalars.filter { !$0.properties.isWhitespace }.map { scalar -> Character in
                switch scalar {
                case "（": "("
                case "）": ")"
                default: Character(scalar)
                }
            }
        )
        for (long, short) in shortForms { text = text.replacing(long, with: short) }
        if text.hasPrefix("中共"), text.count > 2 { text.removeFirst(2) }
        return text
    }

    /// Whether two names name the same department: equal after ``normalized(_:)`` (``Agreement/same``), or equal but
    /// for the region that one leaves out (``Agreement/sameButForRegion``: `省委办公厅` in `江苏省委办公厅`,
    /// `南岸区政府办公室` in `重庆市南岸区政府办公室`). An empty name gives ``Agreement/unknown``.
    public static func agreement(_ first: String, _ second: String) -> Agreement {
        let one = normalized(first)
        let other = normalized(second)
        if one.isEmpty || other.isEmpty { return .unknown }
        if one == other { return .same }
        let (shorter, longer) = one.count < other.count ? (one, other) : (other, one)
        guard shorter.count >= 2, longer.hasSuffix(shorter) else { return .different }
        let region = longer.dropLast(shorter.count)
        let leavesOutRegion =
            shorter.first.map(regionLevels.contains) == true || region.last.map(regionLevels.contains) == true
        return leavesOutRegion ? .sameButForRegion : .different
    }
}
