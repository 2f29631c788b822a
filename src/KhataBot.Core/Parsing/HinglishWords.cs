namespace KhataBot.Core.Parsing;

/// <summary>What a Hindi verb in an entry says happened, from the shop's side of the counter.</summary>
internal enum HinglishVerb { Took, TookAway, Gave, Came, Deposited, Returned, Udhar, Paid, Owes }

/// <summary>
/// The words of Hinglish sentences ("Ramesh ne 500 ka saman liya"), in one table: the particles that say
/// who did it, the verbs that say what was done, and words that carry no note. Devanagari spellings map to
/// the Latin ones, so "रमेश ने 500 दिए" reads as "रमेश ne 500 diye" (the name stays as typed).
/// </summary>
internal static class HinglishWords
{
    /// <summary>"ne": the name did it. "ko": it was done to the name. "se": it came from the name.
    /// "ka/ki/ke": the name's (account).</summary>
    public static readonly IReadOnlySet<string> Particles = new HashSet<string> { "ne", "ko", "se", "ka", "ki", "ke" };

    public static readonly IReadOnlyDictionary<string, HinglishVerb> Verbs = new Dictionary<string, HinglishVerb>
    {
        ["liya"] = HinglishVerb.Took, ["liye"] = HinglishVerb.Took, ["lia"] = HinglishVerb.Took, ["lie"] = HinglishVerb.Took,
        ["li"] = HinglishVerb.Took, ["le"] = HinglishVerb.Took, ["kharida"] = HinglishVerb.Took, ["kharide"] = HinglishVerb.Took,
        ["kharidi"] = HinglishVerb.Took, ["took"] = HinglishVerb.Took,
        ["diya"] = HinglishVerb.Gave, ["diye"] = HinglishVerb.Gave, ["dia"] = HinglishVerb.Gave, ["die"] = HinglishVerb.Gave,
        ["di"] = HinglishVerb.Gave, ["de"] = HinglishVerb.Gave, ["bheje"] = HinglishVerb.Gave, ["bheja"] = HinglishVerb.Gave,
        ["mile"] = HinglishVerb.Came, ["mila"] = HinglishVerb.Came, ["mili"] = HinglishVerb.Came, ["aaye"] = HinglishVerb.Came,
        ["aaya"] = HinglishVerb.Came, ["aayi"] = HinglishVerb.Came, ["aye"] = HinglishVerb.Came, ["aya"] = HinglishVerb.Came,
        ["aae"] = HinglishVerb.Came, ["aai"] = HinglishVerb.Came,
        ["jama"] = HinglishVerb.Deposited, ["jma"] = HinglishVerb.Deposited,
        ["lauta"] = HinglishVerb.Returned, ["lautaye"] = HinglishVerb.Returned, ["lautaya"] = HinglishVerb.Returned,
        ["lautaaye"] = HinglishVerb.Returned, ["lautai"] = HinglishVerb.Returned, ["lautaa"] = HinglishVerb.Returned,
        ["wapas"] = HinglishVerb.Returned, ["waapas"] = HinglishVerb.Returned, ["vapas"] = HinglishVerb.Returned, ["returned"] = HinglishVerb.Returned,
        ["udhar"] = HinglishVerb.Udhar, ["udhaar"] = HinglishVerb.Udhar, ["credit"] = HinglishVerb.Udhar,
        ["paid"] = HinglishVerb.Paid, ["chukaya"] = HinglishVerb.Paid, ["chukaye"] = HinglishVerb.Paid, ["bhare"] = HinglishVerb.Paid,
        ["bhara"] = HinglishVerb.Paid,
        ["baaki"] = HinglishVerb.Owes, ["baki"] = HinglishVerb.Owes, ["bakaya"] = HinglishVerb.Owes,
    };

    /// <summary>After "le", these make "le gaya" (took away): whoever is named took it, particle or not.</summary>
    public static readonly IReadOnlySet<string> Away = new HashSet<string> { "gaya", "gaye", "gayi", "gai", "gae" };

    /// <summary>Goods rather than money: "500 ka saman liya".</summary>
    public static readonly IReadOnlySet<string> Goods = new HashSet<string> { "saman", "samaan", "saamaan", "saaman", "maal", "mal", "goods" };

    /// <summary>Words that only make the sentence: helpers, "worth" particles, money words. Never a note.</summary>
    public static readonly IReadOnlySet<string> Filler = new HashSet<string>
    {
        "hai", "hain", "tha", "thi", "the", "gaya", "gaye", "gayi", "gai", "gae", "kiya", "kiye", "kiyi", "ki", "kar", "karke", "kara",
        "karaye", "hua", "hue", "huye", "hui", "ho", "wala", "wale", "waale", "ne", "ko", "se", "ka", "ke", "paise", "paisa", "rupaye",
        "rupaiye", "rupees", "rupee", "rs", "rupay", "diya", "diye", "de", "di", "maine", "mainne", "mene", "humne", "hamne", "aapne",
    };

    /// <summary>Devanagari words of the grammar, as their Latin spellings.</summary>
    public static readonly IReadOnlyDictionary<string, string> Devanagari = new Dictionary<string, string>
    {
        ["ने"] = "ne", ["को"] = "ko", ["से"] = "se", ["का"] = "ka", ["की"] = "ki", ["के"] = "ke",
        ["लिया"] = "liya", ["लिये"] = "liye", ["लिए"] = "liye", ["ली"] = "li", ["ले"] = "le", ["खरीदा"] = "kharida",
        ["गया"] = "gaya", ["गए"] = "gaye", ["गये"] = "gaye", ["गई"] = "gayi", ["गयी"] = "gayi",
        ["दिया"] = "diya", ["दिए"] = "diye", ["दिये"] = "diye", ["दी"] = "di", ["दे"] = "de", ["भेजे"] = "bheje",
        ["मिले"] = "mile", ["मिला"] = "mila", ["मिली"] = "mili", ["आए"] = "aaye", ["आये"] = "aaye", ["आया"] = "aaya", ["आई"] = "aayi",
        ["जमा"] = "jama", ["किए"] = "kiye", ["किये"] = "kiye", ["किया"] = "kiya", ["कर"] = "kar",
        ["लौटा"] = "lauta", ["लौटाए"] = "lautaye", ["लौटाये"] = "lautaye", ["लौटाया"] = "lautaya", ["वापस"] = "wapas",
        ["उधार"] = "udhar", ["चुकाए"] = "chukaye", ["चुकाया"] = "chukaya",
        ["बाकी"] = "baaki", ["बाक़ी"] = "baaki", ["बकाया"] = "bakaya",
        ["खर्च"] = "kharch", ["खर्चा"] = "kharcha", ["खर्चे"] = "kharche", ["बिक्री"] = "bikri", ["सेल"] = "sale",
        ["सामान"] = "saman", ["मैंने"] = "maine", ["हमने"] = "humne", ["माल"] = "maal", ["रुपये"] = "rupaye", ["रुपए"] = "rupaye", ["रु"] = "rs",
        ["है"] = "hai", ["हैं"] = "hain", ["था"] = "tha", ["हुआ"] = "hua", ["हुई"] = "hui", ["हुए"] = "hue",
        ["आज"] = "aaj", ["कल"] = "kal", ["पे"] = "pe", ["पर"] = "par", ["में"] = "mein",
        ["कितना"] = "kitna", ["कितने"] = "kitne", ["कितनी"] = "kitni", ["हिसाब"] = "hisaab", ["सबका"] = "sabka", ["मुनाफा"] = "munafa",
        ["इस"] = "is", ["महीने"] = "mahine", ["पिछले"] = "pichle",
    };

    /// <summary>The message with Devanagari grammar words in Latin letters; every other word as typed.</summary>
    public static IReadOnlyList<Token> Latin(IReadOnlyList<Token> tokens) =>
        tokens.Any(t => Devanagari.ContainsKey(t.Word))
            ? [.. tokens.Select(t => Devanagari.TryGetValue(t.Word, out var latin) ? new Token(t.Raw.Replace(t.Text, latin, StringComparison.Ordinal), latin) : t)]
            : tokens;
}
