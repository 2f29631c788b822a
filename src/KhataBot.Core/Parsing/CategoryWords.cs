namespace KhataBot.Core.Parsing;

/// <summary>
/// The item words that file an expense under a built-in category, as shopkeepers spell them: English,
/// Hinglish (several spellings each) and Devanagari. One table, so a missing word is one line to add.
/// The first word of a note that is in here decides; see <see cref="CategoryKeywords"/>.
/// </summary>
internal static class CategoryWords
{
    public static readonly IReadOnlyList<(string Category, string[] Words)> Table =
    [
        ("food",
        [
            "tea", "chai", "chaay", "chay", "chaai", "chaa", "coffee", "kaafi", "lunch", "dinner", "breakfast", "snacks", "snack", "nashta", "naashta",
            "nasta", "khana", "khaana", "meal", "meals", "food", "biscuit", "biscuits", "biskut", "doodh", "dudh", "milk", "sabzi", "sabji", "sabjee",
            "subzi", "fruit", "fruits", "phal", "samosa", "samose", "pakoda", "pakode", "pakora", "kachori", "jalebi", "mithai", "sweets", "bread",
            "pav", "anda", "ande", "egg", "eggs", "juice", "lassi", "thali", "roti", "paratha", "namkeen", "chips", "paan",
            "चाय", "नाश्ता", "दूध", "सब्जी", "सब्ज़ी", "खाना", "बिस्कुट", "समोसा", "फल", "मिठाई", "कॉफी",
        ]),
        ("transport",
        [
            "auto", "taxi", "cab", "bus", "train", "metro", "rickshaw", "rikshaw", "riksha", "ola", "uber", "petrol", "diesel", "cng", "fuel", "fare",
            "toll", "parking", "tempo", "gaadi", "पेट्रोल", "डीजल", "डीज़ल", "ऑटो", "रिक्शा", "बस",
        ]),
        ("bills",
        [
            "electricity", "bijli", "light", "water", "paani", "phone", "mobile", "internet", "wifi", "recharge", "bill", "bills", "gas", "cylinder",
            "dth", "बिजली", "पानी", "बिल", "गैस", "रिचार्ज",
        ]),
        ("rent", ["rent", "kiraya", "kiraaya", "bhada", "bhaada", "किराया", "भाड़ा", "भाडा"]),
        ("salary", ["salary", "salaries", "wages", "wage", "helper", "staff", "mazdoori", "pagar", "tankhwah", "tankha", "vetan", "तनख्वाह", "पगार", "वेतन", "मजदूरी"]),
        ("stock", ["stock", "goods", "maal", "purchase", "inventory", "saman", "samaan", "kharidari", "सामान", "माल", "स्टॉक"]),
    ];

    /// <summary>People an expense can be for ("tea for staff"): after "for" they say who it was for, not
    /// what it was, so "for staff" does not make an expense a salary.</summary>
    public static readonly IReadOnlySet<string> People = new HashSet<string>
    {
        "staff", "helper", "helpers", "workers", "worker", "mazdoor", "customers", "customer", "guests", "guest", "team", "ladka", "ladke", "bachche",
    };
}
