import YusuanCore
import YusuanImport

/// A department's document of one year and kind, as `yusuan validate` pairs documents with their previous
/// year: by department name (codes are reused and renumbered; names identify a department across years).
struct DepartmentYear: Hashable {
    var departmentName: String
    var year: Int
    var kind: DocumentKind

    init(_ identity: DocumentIdentity) {
        departmentName = identity.departmentName
        year = identity.year
        kind = identity.kind
    }

    /// The department, year and kind of an input found by the first pass.
    init(_ descriptor: PartDescriptor) {
        departmentName = descriptor.departmentName
        year = descriptor.year
        kind = descriptor.kind
    }

    /// The same department's budget (预算) of the same year.
    var budget: DepartmentYear {
        var key = self
        key.kind = .budget
        return key
    }

    /// The same department's document of the year before.
    var previous: DepartmentYear {
        var key = self
        key.year -= 1
        return key
    }
}
