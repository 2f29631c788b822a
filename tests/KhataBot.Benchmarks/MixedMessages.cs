namespace KhataBot.Benchmarks;

/// <summary>A day's traffic as shopkeepers type it: mostly credits and payments, some expenses,
/// income, balance checks and the odd report, spread over many shops. Seeded, so every run is the same.</summary>
internal static class MixedMessages
{
    private static readonly string[] Names = ["Ramesh", "Suresh Kumar", "Anita", "Farida Begum", "Mohan Lal", "Priya", "Gurpreet Singh", "Lakshmi", "Joseph", "Meena"];
    private static readonly string[] Notes = ["groceries", "atta", "rice 5kg", "oil", "sugar", "milk", "soap", ""];
    private static readonly string[] Expenses = ["tea", "auto fare", "electricity", "rent", "helper", "stock", "packaging tape"];

    public static List<(long ChatId, string Text)> Generate(int count, int shops, long firstChatId, int seed)
    {
        var random = new Random(seed);
        var messages = new List<(long, string)>(count);
        var customersInShop = new Dictionary<long, int>();
        for (var i = 0; i < count; i++)
        {
            var chat = firstChatId + random.Next(shops);
            var known = customersInShop.GetValueOrDefault(chat);
            var roll = random.Next(100);
            string text;
            if (roll < 40 || known == 0)
            {
                var index = random.Next(Names.Length);
                customersInShop[chat] = Math.Max(known, index + 1);
                text = $"add {Names[index]} {random.Next(20, 3000)} {Notes[random.Next(Notes.Length)]}".TrimEnd();
            }
            else if (roll < 65)
            {
                text = $"paid {Names[random.Next(known)]} {random.Next(10, 1500)}";
            }
            else if (roll < 80)
            {
                text = $"spent {random.Next(10, 2000)} {Expenses[random.Next(Expenses.Length)]}";
            }
            else if (roll < 85)
            {
                text = $"sale {random.Next(100, 9000)}";
            }
            else if (roll < 95)
            {
                text = $"balance {Names[random.Next(known)]}";
            }
            else if (roll < 98)
            {
                text = "balances";
            }
            else
            {
                text = "report";
            }

            messages.Add((chat, text));
        }

        return messages;
    }
}
