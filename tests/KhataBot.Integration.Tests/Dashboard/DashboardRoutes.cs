namespace KhataBot.Integration.Tests.Dashboard;

/// <summary>Every dashboard route that shows or changes the book, with ids of the signed-in shop filled in
/// by the test. A new route belongs here, so every refusal test covers it.</summary>
public static class DashboardRoutes
{
    public static IReadOnlyList<string> Pages(long customerId) =>
    [
        "/app/overview",
        "/app/overview?period=last-month",
        "/app/customers",
        "/app/customers?q=ram&partial=1",
        $"/app/customers/{customerId}",
        $"/app/customers/{customerId}/statement.pdf",
        "/app/entries",
        $"/app/entries?customer={customerId}",
        "/app/entries.csv",
        "/app/budgets",
        "/app/dues",
        "/app/add",
        "/app/charts/expenses.png",
        "/app/charts/dues-by-age.png",
    ];

    public static IReadOnlyList<(string Action, Dictionary<string, string> Fields)> Forms(long customerId, int dueNumber) =>
    [
        ("/app/add/credit", new() { ["customer"] = $"{customerId}", ["amount"] = "100" }),
        ("/app/add/credit", new() { ["name"] = "Mohan", ["amount"] = "100" }),
        ("/app/add/payment", new() { ["customer"] = $"{customerId}", ["amount"] = "50" }),
        ("/app/add/expense", new() { ["amount"] = "70", ["category"] = "food" }),
        ($"/app/dues/{dueNumber}/paid", new() { ["customer"] = $"{customerId}" }),
    ];
}
