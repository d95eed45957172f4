/// The four “三公” amounts of one year.
struct YearlyThreePublic: Sendable, Equatable {
    var abroad: Cents
    var vehiclePurchase: Cents
    var vehicleOperation: Cents
    var reception: Cents

    var vehicleSubtotal: Cents { vehiclePurchase + vehicleOperation }
    var total: Cents { abroad + vehicleSubtotal + reception }
}
