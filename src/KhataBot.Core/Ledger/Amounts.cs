using KhataBot.Core.Money;

namespace KhataBot.Core.Ledger;

/// <summary>Checks an amount before it becomes paise: the parser should already refuse bad amounts, but an
/// amount that rounds to zero paise or is absurdly large must never reach the book.</summary>
internal static class Amounts
{
    public static bool TryToPaise(decimal rupees, out long paise, out string problem)
    {
        paise = 0;
        problem = "";
        if (rupees <= 0 || rupees > Money.Money.MaxAmount)
        {
            problem = $"The amount must be between ₹0.01 and {IndianMoney.Format(Money.Money.MaxAmount)}.";
            return false;
        }

        paise = Money.Money.ToPaise(rupees);
        if (paise <= 0)
        {
            problem = "The amount must be at least ₹0.01.";
            return false;
        }

        return true;
    }
}
