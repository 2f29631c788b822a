using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class ShopSettingsParsingTests
{
    [Theory]
    [InlineData("shop")]
    [InlineData("settings")]
    [InlineData("/settings")]
    [InlineData("dukaan")]
    public void Shop_alone_shows_the_settings(string message) =>
        Assert.IsType<ShowShop>(Parse(message));

    [Theory]
    [InlineData("shop name Sharma General Store", "Sharma General Store")]
    [InlineData("set shop name  Gupta   Kirana ", "Gupta Kirana")]
    [InlineData("dukaan name शर्मा स्टोर", "शर्मा स्टोर")]
    public void Shop_name_sets_the_name_as_typed(string message, string name) =>
        Assert.Equal(new SetShopName(name), Parse(message));

    [Theory]
    [InlineData("timezone Asia/Dubai", "Asia/Dubai")]
    [InlineData("time zone Europe/London", "Europe/London")]
    [InlineData("set timezone America/New_York", "America/New_York")]
    [InlineData("shop timezone Asia/Kolkata", "Asia/Kolkata")]
    public void Timezone_keeps_the_zone_id_as_typed(string message, string zone) =>
        Assert.Equal(new SetTimeZone(zone), Parse(message));

    [Theory]
    [InlineData("shop name")]
    [InlineData("shop Sharma Stores")]
    [InlineData("timezone")]
    [InlineData("timezone Asia Dubai")]
    public void Unclear_settings_get_an_example(string message) =>
        Assert.Contains("Try:", Reason(message));

    [Fact]
    public void A_shop_name_over_100_characters_is_refused() =>
        Assert.Contains("at most 100", Reason("shop name " + new string('a', 101)));

    [Fact]
    public void Shop_settings_have_their_own_json_intents()
    {
        Assert.StartsWith("{\"intent\":\"set_shop_name\",\"customer\":null,\"amount\":null,\"note\":\"Sharma Stores\"", CommandJson.ToJson(Parse("shop name Sharma Stores")));
        Assert.StartsWith("{\"intent\":\"shop\"", CommandJson.ToJson(Parse("shop")));
    }
}
