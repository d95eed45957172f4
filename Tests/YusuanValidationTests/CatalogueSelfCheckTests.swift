import Foundation
import Testing
import YusuanCore

@testable import YusuanValidation

/// The catalogue checks itself: the rules in code (``StandardRules/all``) and their descriptors in
/// `Catalogue/rules.json` name the same rules, in the same order, and what a descriptor states (severity, tables,
/// templates, related rules) is what its rule does.
@Suite("the rule catalogue agrees with the rules")
struct CatalogueSelfCheckTests {
    static let descriptors: [RuleDescriptor] = (try? RuleCatalogue.loadStandard().descriptors) ?? []

    @Test("every rule of StandardRules.all has one descriptor in rules.json and every descriptor a rule, in order")
    func rulesAndDescriptorsAgree() throws {
        let descriptors = try RuleCatalogue.loadStandard().descriptors
        let ruleIDs = StandardRules.all.map(\.id)
        #expect(Set(ruleIDs).count == ruleIDs.count, "a rule id is used twice: \(ruleIDs)")
        let described = Set(descriptors.map(\.id))
        let coded = Set(ruleIDs)
        #expect(coded.subtracting(described).isEmpty, "rules without a descriptor in rules.json")
        #expect(described.subtracting(coded).isEmpty, "descriptors in rules.json without a rule in StandardRules.all")
        // The report lists outcomes in the order of the rules and descriptors in the order of the file.
        #expect(descriptors.map(\.id) == ruleIDs)
    }

    @Test("every descriptor states only tables, templates, parts and related rules that exist")
    func descriptorsStateKnownValues() {
        let ids = Set(Self.descriptors.map(\.id))
        let profiles = Set(TemplateProfile.allCases.map(\.rawValue))
        #expect(!Self.descriptors.isEmpty)
        for descriptor in Self.descriptors {
            #expect(!descriptor.titleZh.isEmpty && !descriptor.titleEn.isEmpty, "\(descriptor.id) has no title")
            #expect(descriptor.tableKinds.count == descriptor.tables.count, "\(descriptor.id) names an unknown table")
            for profile in descriptor.profiles ?? [] {
                #expect(profiles.contains(profile), "\(descriptor.id) names an unknown template \(profile)")
            }
            for part in descriptor.needs ?? [] {
                #expect(["narrative", "tables"].contains(part), "\(descriptor.id) needs an unknown part \(part)")
            }
            for related in descriptor.related {
                #expect(ids.contains(related) && related != descriptor.id, "\(descriptor.id) relates to \(related)")
            }
        }
    }

    /// A rule's catalogue severity is the most serious it reports (the reporter never raises a finding above it),
    /// so it must be one the rule reaches; and a rule that lists its tables points only at those.
    @Test(
        "the mutation that fails a rule reaches its catalogue severity, at the tables its descriptor lists",
        arguments: RuleTests.cases
    )
    func ruleReachesItsCatalogueSeverityAtItsTables(_ rule: RuleCase) throws {
        let descriptor = try #require(Self.descriptors.first { $0.id == rule.id })
        #expect(rule.severity == descriptor.severity, "\(rule.id): the case and rules.json disagree")
        let mutated = try Seeds.year2024.with(rule.mutate)
        let findings = try #require(Check.outcome(rule.id, mutated)).findings
        #expect(findings.map(\.severity).max() == descriptor.severity)
        guard !descriptor.tables.isEmpty else { return }
        let listed = Set(descriptor.tableKinds)
        for finding in findings {
            for table in [finding.location.table, finding.related?.table].compactMap({ $0 }) {
                #expect(listed.contains(table), "\(rule.id) reports at \(table.identifier), not in rules.json")
            }
        }
    }

    /// The rules table of docs/VALIDATION.md (`| id | severity | category | 规则 | rule |`), read from this checkout.
    static func documentedRules() throws -> [[String]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/VALIDATION.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "\n## Rules\n").dropFirst().first)
            .components(separatedBy: "\n## ")[0]
        return section.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
        }
    }

    @Test("docs/VALIDATION.md lists every rule of rules.json with its severity, category and titles, and no other")
    func documentationListsTheCatalogue() throws {
        let documented = try Self.documentedRules()
        let catalogued = Self.descriptors.map { descriptor in
            [
                descriptor.id, descriptor.severity.rawValue, descriptor.category.rawValue, descriptor.titleZh,
                descriptor.titleEn,
            ]
        }
        #expect(!catalogued.isEmpty)
        // Each rule once; the table groups the Jiangsu rules after the others, so the order is not compared.
        #expect(documented.map { $0.first ?? "" }.sorted() == catalogued.map(\.[0]).sorted(), "docs/VALIDATION.md")
        let documentedByID = Dictionary(
            documented.map { ($0.first ?? "", $0) },
            uniquingKeysWith: { first, _ in first }
        )
        for row in catalogued {
            #expect(documentedByID[row[0]] == row, "docs/VALIDATION.md states \(row[0]) otherwise than rules.json")
        }
    }
}
