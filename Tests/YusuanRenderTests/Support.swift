import Foundation
import Testing
import YusuanCore
import YusuanGenerator
import YusuanImport
import YusuanSamples

/// The two published seeds (the bundled samples, `samples/`) and generated documents.
enum Documents {
    static let seedNames = ["2024-236-nanan-government-services-office", "2025-202-nanan-district-government-office"]

    static func seedText(_ name: String) throws -> String {
        try BundledSamples.text(named: name + ".txt")
    }

    static func seed(_ name: String) throws -> Disclosure {
        try PublishedTextImporter.importDocument(text: seedText(name), fileName: name + ".txt")
    }

    /// A few generated documents of several seeds.
    static let generated: [Disclosure] = [3, 17, 42].flatMap { DisclosureGenerator.generate(count: 4, seed: $0) }

}

/// Every number a narrative states, keyed by where it stands, written without trailing zeros, so that two
/// narratives can be compared figure by figure (`2197.4` and `2197.40` are the same figure).
enum FactNumbers {
    static func of(_ facts: NarrativeFacts) -> [String: String] {
        var result: [String: String] = [:]
        func value(_ amount: Amount) -> String {
            var text = amount.plainText
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text == "-0" ? "0" : text
        }
        func add(_ key: String, _ figure: StatedFigure?) {
            guard let figure else { return }
            result[key] = value(figure.amount)
            for (index, part) in figure.parts.enumerated() { result["\(key).part\(index)"] = value(part.amount) }
            if let change = figure.change {
                result["\(key).change"] = change.direction.rawValue + " " + (change.amount.map(value) ?? "-")
                for (index, component) in change.components.enumerated() {
                    result["\(key).change.component\(index)"] =
                        component.direction.rawValue + " " + value(component.amount)
                }
            }
        }
        add("income", facts.income)
        add("expenditure", facts.expenditure)
        add("appropriationIncome", facts.appropriationIncome)
        add("appropriationExpenditure", facts.appropriationExpenditure)
        add("basic", facts.basicExpenditure)
        add("project", facts.projectExpenditure)
        if let fund = facts.governmentFund {
            result["fund"] = fund.statesNoExpenditure ? "none" : fund.amount.map(value) ?? "?"
        }
        add("threePublic.total", facts.threePublic?.total)
        add("threePublic.abroad", facts.threePublic?.abroad)
        add("threePublic.reception", facts.threePublic?.reception)
        add("threePublic.vehicleOperation", facts.threePublic?.vehicleOperation)
        add("threePublic.vehiclePurchase", facts.threePublic?.vehiclePurchase)
        add("operatingCost", facts.operatingCost)
        for (name, split) in [
            ("procurement.all", facts.procurement?.all), ("procurement.general", facts.procurement?.generalBudget),
        ] {
            add(name, split?.total)
            add(name + ".goods", split?.goods)
            add(name + ".works", split?.works)
            add(name + ".services", split?.services)
        }
        add("performance", facts.performanceTargetAmount)
        if let assets = facts.assets {
            result["vehicles"] = assets.vehicles.map { String($0.count) }
            result["vehicles.general"] = assets.generalVehicles.map { String($0.count) }
            result["vehicles.enforcement"] = assets.lawEnforcementVehicles.map { String($0.count) }
            result["vehicles.purchases"] = assets.plannedPurchases.map { String($0.count) }
        }
        return result
    }
}

/// External programs the client tests run; a test that needs one is skipped when it is missing.
enum Tools {
    static func executable(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    static let chromium = executable("chromium", "chromium-browser", "google-chrome")
    static let pdftotext = executable("pdftotext")
    static let python = executable("python3")

    static func pythonHas(_ module: String) -> Bool {
        guard let python else { return false }
        return (try? run(python, ["-c", "import \(module)"]).status) == 0
    }

    static let hasOpenpyxl = pythonHas("openpyxl")
    static let hasFrictionless = pythonHas("frictionless")
    static let hasPillow = pythonHas("PIL")

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs a program to the end and returns its exit status and its standard output and error.
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// A new empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "yusuan-render-tests-\(UUID().uuidString)",
            isDirectory: true
        )
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
