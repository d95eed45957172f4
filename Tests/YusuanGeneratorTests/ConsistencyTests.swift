import Testing
import YusuanCore
import YusuanGenerator

/// Arithmetic checks written directly against the model, over many generated documents.
@Suite("Generated documents are arithmetically consistent")
struct ConsistencyTests {
    static let documents = DisclosureGenerator.generate(count: 150, seed: 2024)

    func sum(_ amounts: [Amount?]) -> Amount {
        amounts.compactMap { $0 }.reduce(Amount.zero(), +)
    }

    func value(_ amount: Amount?) -> Amount { amount ?? Amount.zero() }

    func same(_ left: Amount?, _ right: Amount?) -> Bool { value(left).isNumericallyEqual(to: value(right)) }

    /// 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 for every column; 总计 = 基本 + 项目 on every row.
    func checkFunctionTable(_ table: FunctionExpenditureTable, _ name: String) {
        let rows = table.rows
        for column in 0..<3 {
            let categories = rows.filter { $0.code.count == 3 }
            #expect(
                same(table.totalRow?.amounts.columns[column], sum(categories.map { $0.amounts.columns[column] })),
                "\(name) 合计 column \(column)"
            )
            for parent in rows where parent.code.count < 7 {
                let children = rows.filter { $0.code.count == parent.code.count + 2 && $0.code.hasPrefix(parent.code) }
                #expect(!children.isEmpty, "\(name) \(parent.code) has no children")
                #expect(
                    same(parent.amounts.columns[column], sum(children.map { $0.amounts.columns[column] })),
                    "\(name) \(parent.code) column \(column)"
                )
            }
        }
        for row in rows + [table.totalRow].compactMap({ $0 }) where !table.isEmpty {
            #expect(
                same(row.amounts.total, value(row.amounts.basic) + value(row.amounts.project)),
                "\(name) \(row.code)"
            )
        }
    }

    @Test("表二, 表五, 表八: hierarchy sums and 总计 = 基本 + 项目")
    func functionTables() throws {
        for document in Self.documents {
            let tables = document.tables
            checkFunctionTable(try #require(tables.generalBudgetExpenditure), "表二")
            checkFunctionTable(try #require(tables.governmentFundExpenditure), "表五")
            checkFunctionTable(try #require(tables.departmentExpenditure), "表八")
            let general = try #require(tables.generalBudgetExpenditure)
            let department = try #require(tables.departmentExpenditure)
            for row in general.rows {
                let other = try #require(department.row(code: row.code), "表八 lacks \(row.code)")
                #expect(other.name == row.name)
                #expect(value(other.amounts.total).compare(value(row.amounts.total)) != .orderedAscending)
            }
        }
    }

    @Test("表三: hierarchy, 人员经费 = 301 + 303, 日常公用经费 = 302, 合计 = 表二 基本支出")
    func economicTable() throws {
        for document in Self.documents {
            let table = try #require(document.tables.generalBudgetBasicExpenditure)
            let total = try #require(table.totalRow)
            let categories = table.rows.filter { $0.code.count == 3 }
            #expect(same(total.total, sum(categories.map(\.total))))
            for category in categories {
                let items = table.rows.filter { $0.code.count == 5 && $0.code.hasPrefix(category.code) }
                #expect(same(category.total, sum(items.map(\.total))))
            }
            let personnel = sum(categories.filter { $0.code != "302" }.map(\.total))
            #expect(same(total.personnel, personnel))
            #expect(same(total.publicUse, table.row(code: "302")?.total))
            #expect(same(total.total, value(total.personnel) + value(total.publicUse)))
            #expect(same(total.total, document.tables.generalBudgetExpenditure?.totalRow?.amounts.basic))
        }
    }

    @Test("表四 identities and 表三 三公-related 款 within 表四")
    func threePublic() throws {
        for document in Self.documents {
            let amounts = try #require(document.tables.threePublicExpenditure?.amounts)
            #expect(same(amounts.vehicleSubtotal, value(amounts.vehiclePurchase) + value(amounts.vehicleOperation)))
            #expect(
                same(amounts.total, value(amounts.abroad) + value(amounts.vehicleSubtotal) + value(amounts.reception))
            )
            let basic = try #require(document.tables.generalBudgetBasicExpenditure)
            for (code, limit) in [
                ("30212", amounts.abroad), ("30217", amounts.reception), ("30231", amounts.vehicleOperation),
            ] {
                if let row = basic.row(code: code) {
                    #expect(value(row.total).compare(value(limit)) != .orderedDescending, "\(code) exceeds 表四")
                }
            }
        }
    }

    @Test("表一, 表六, 表七, 表九, 表十 agree with 表二 and 表八")
    func crossTables() throws {
        for document in Self.documents {
            let tables = document.tables
            let general = try #require(tables.generalBudgetExpenditure?.totalRow?.amounts.total)
            let fund = tables.governmentFundExpenditure?.totalRow?.amounts.total
            let departmentTotal = try #require(tables.departmentExpenditure?.totalRow?.amounts.total)
            let summary = try #require(tables.financialSummary)
            #expect(same(summary.incomeTotal?.amount, general + value(fund)))
            #expect(same(summary.expenditureTotal?.amounts.generalBudget, general))
            #expect(same(summary.expenditureTotal?.amounts.total, general + value(fund)))
            let income = try #require(tables.departmentIncome)
            for row in income.rows + [try #require(income.totalRow)] {
                #expect(same(row.total, sum(row.sources)))
                if !row.code.isEmpty {
                    #expect(same(row.total, tables.departmentExpenditure?.row(code: row.code)?.amounts.total))
                    #expect(same(row.sources[0], tables.generalBudgetExpenditure?.row(code: row.code)?.amounts.total))
                }
            }
            let departmentSummary = try #require(tables.departmentSummary)
            #expect(same(departmentSummary.totalLine?.incomeAmount, departmentTotal))
            #expect(same(sum(departmentSummary.incomeSources.map(\.amount)), departmentTotal))
            #expect(same(sum(departmentSummary.expenditureClasses.map(\.amount)), departmentTotal))
            let procurement = try #require(tables.procurement)
            #expect(same(procurement.totalRow?.total, sum(procurement.rows.map(\.total))))
            #expect(value(procurement.totalRow?.total).compare(departmentTotal) != .orderedDescending)
            #expect(same(tables.overallPerformance?.budget, departmentTotal))
        }
    }

    @Test("Performance tables: Σ projects = 项目支出, weights 90/100, one core indicator")
    func performance() throws {
        var operators: Set<String> = []
        for document in Self.documents {
            let tables = document.tables
            #expect((1...12).contains(tables.projectPerformance.count))
            let budgets = tables.projectPerformance.map(\.budget)
            #expect(same(sum(budgets), tables.generalBudgetExpenditure?.totalRow?.amounts.project))
            for project in tables.projectPerformance {
                #expect((3...12).contains(project.indicators.count))
                #expect(same(sum(project.indicators.map(\.weight)), Amount(90)))
                #expect(project.indicators.filter { $0.isCore == true }.count == 1)
                #expect(Set(project.indicators.map(\.name)).count == project.indicators.count)
                for indicator in project.indicators {
                    #expect(
                        indicator.indicatorOperator != nil && indicator.numericValue != nil && !indicator.unit.isEmpty
                    )
                    operators.insert(indicator.operatorSymbol)
                }
            }
            let overall = try #require(tables.overallPerformance)
            #expect(same(sum(overall.indicators.map(\.weight)), Amount(100)))
        }
        #expect(operators == ["≥", "≤", "=", ">", "<"])
    }

    @Test("Narrative figures agree with the tables and with each other")
    func narrative() throws {
        for document in Self.documents {
            let facts = document.narrative.facts
            let tables = document.tables
            for figure in [facts.income, facts.expenditure] {
                let change = try #require(figure?.change)
                if change.direction != .unchanged {
                    #expect(same(change.signedAmount, sum(change.components.map(\.signedAmount))))
                }
            }
            #expect(same(facts.expenditure?.amount, tables.departmentExpenditure?.totalRow?.amounts.total))
            #expect(same(facts.basicExpenditure?.amount, tables.generalBudgetExpenditure?.totalRow?.amounts.basic))
            #expect(same(facts.projectExpenditure?.amount, tables.generalBudgetExpenditure?.totalRow?.amounts.project))
            #expect(same(facts.performanceTargetAmount?.amount, facts.projectExpenditure?.amount))
            let appropriationChange = value(facts.appropriationExpenditure?.change?.signedAmount)
            let parts =
                value(facts.basicExpenditure?.change?.signedAmount)
                + value(facts.projectExpenditure?.change?.signedAmount)
            #expect(same(appropriationChange, parts))

            let three = try #require(facts.threePublic)
            #expect(same(three.total?.amount, tables.threePublicExpenditure?.amounts.total))
            let items = [three.abroad, three.reception, three.vehicleOperation, three.vehiclePurchase]
            #expect(same(three.total?.change?.signedAmount, sum(items.map { $0?.change?.signedAmount })))
            #expect(same(three.total?.amount, sum(items.map { $0?.amount })))

            let publicUse = tables.generalBudgetBasicExpenditure?.totalRow?.publicUse
            #expect(value(facts.operatingCost?.amount).compare(value(publicUse)) != .orderedDescending)

            let procurement = try #require(facts.procurement?.all)
            #expect(
                same(
                    procurement.total.amount,
                    sum([procurement.goods?.amount, procurement.works?.amount, procurement.services?.amount])
                )
            )
            #expect(same(procurement.total.amount, tables.procurement?.totalRow?.total))

            let assets = try #require(facts.assets)
            let vehicles = value(assets.generalVehicles?.count).advanced(
                by: value(assets.lawEnforcementVehicles?.count)
            )
            #expect(vehicles <= value(assets.vehicles?.count))
            #expect(document.narrative.contact != nil)
            let fund = try #require(facts.governmentFund)
            #expect(fund.statesNoExpenditure == (tables.governmentFundExpenditure?.isEmpty ?? true))
        }
    }

    func value(_ count: Int?) -> Int { count ?? 0 }
}
