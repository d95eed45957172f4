/// The rules of DOMAIN §6, in the order they run and are reported.
public enum StandardRules {
    /// Every standard rule.
    public static let all: [any ValidationRule] = [
        A1ParentEqualsChildren(), A2TotalEqualsCategories(), A3TotalEqualsBasicPlusProject(), A4EconomicSplit(),
        A5ThreePublicSplit(), A6FinancialSummaryBalance(), A7DepartmentSummaryBalance(), A8IncomeRowBySource(),
        A9ProcurementTotals(), A10IndicatorWeights(), A11AmountFormat(),
        X1FinancialSummaryMatchesGeneralBudget(), X2BasicMatchesEconomic(), X3GeneralBudgetWithinDepartment(),
        X4IncomeMatchesExpenditure(), X5DepartmentSummaryMatchesDetail(), X6GovernmentFundMatchesSummary(),
        X7ThreePublicCoversBasic(), X8ProcurementWithinBudget(), X9ProjectBudgetsMatchProjectExpenditure(),
        X10OverallBudgetMatchesDepartment(), X11SameCodeSameName(),
        N1IncomeMatchesTables(), N2ExpenditureMatchesTables(), N3AppropriationMatchesTables(), N4ChangeDecomposition(),
        N5ChangeAgainstPriorYear(), N6ThreePublicMatchesTable(), N7ChangesHaveReasons(), N8ProcurementMatchesTable(),
        N9PerformanceAmountMatchesProjects(), N10OperatingCost(), N11VehiclesConsistent(),
        N12GovernmentFundStatement(), N13StatedPercentages(), N14AmountUnits(),
        N15ChangeFromZero(), N16OperatingCostTable(), N17ItemAmountStatedTwice(), N18ItemAmountMatchesTable(),
        N19ItemChangeFollowsFigures(), N20MistypedPriorFigure(), F1FinalAccountBalance(), F2FinalAccountHierarchy(),
        F3FinalAccountRowSums(), F4FinalAccountCarryOver(), F5FinalAccountCrossTable(), F6FinalAccountEmptyFundNote(),
        F7CompletionRates(), F8StatedChangesFollow(), F9NarrativeMatchesTables(), F10ThreePublicExecution(),
        F11PerformanceStatement(),
        JSA1SummaryBalance(), JSA2IncomeAndExpenditureTotals(), JSA3CodedTableSums(), JSA4MeetingTrainingTotal(),
        JSA5ProcurementTotals(), JSX1TablesAgree(), JSN1NarrativeMatchesTables(), JSN2OperatingCostTable(),
        JSEmptyFundTable(), JSR1RequiredTables(),
        C1CodeStructure(), C2CodeInCatalogue(), C3DisclosureDepth(), C4EconomicCodesAndColumns(),
        C5ExpenditureClassesOnly(), C6CapitalClassesByCode(),
        R1RequiredTables(), REmptyTableNote(), REmptyFundNote(), R2NarrativeSections(), R3ThreePublicItems(),
        R4Timeliness(),
        R5EntityWording(), R6NoPlaceholders(), R7YearConsistency(), R8TablesReadWithCertainty(),
        P1ProjectTablesComplete(), P2IndicatorWeightsPresent(), P3CoreIndicator(), P4IndicatorOperators(),
        P5VagueIndicators(), P6IndicatorPlausibility(), P7SelfEvaluationAddsUp(), P8SelfEvaluationMatchesTargets(),
        P9OverallTargets(),
    ]
}
