using KhataBot.Core.Parsing;
using static KhataBot.Core.Tests.Parsing.ParserTestKit;

namespace KhataBot.Core.Tests.Parsing;

public class CustomerFixParsingTests
{
    [Theory]
    [InlineData("rename Ramesh to Ramesh Sharma", "Ramesh", "Ramesh Sharma")]
    [InlineData("Rename ramesh kumar to R.K. Sharma", "ramesh kumar", "R.K. Sharma")]
    [InlineData("rename रमेश to रमेश शर्मा", "रमेश", "रमेश शर्मा")]
    public void Rename_names_the_customer_and_the_new_name(string message, string customer, string newName)
    {
        Assert.Equal(new RenameCustomer(customer, newName), Parse(message));
    }

    [Theory]
    [InlineData("merge Raaju into Raju", "Raaju", "Raju")]
    [InlineData("merge Ramesh K into Ramesh Kumar", "Ramesh K", "Ramesh Kumar")]
    public void Merge_names_who_is_merged_into_whom(string message, string customer, string into)
    {
        Assert.Equal(new MergeCustomers(customer, into), Parse(message));
    }

    [Theory]
    [InlineData("rename", "Rename whom", "rename Ramesh to Ramesh Sharma")]
    [InlineData("rename Ramesh", "Rename whom", "rename Ramesh to Ramesh Sharma")]
    [InlineData("rename Ramesh to", "Rename whom", "rename Ramesh to Ramesh Sharma")]
    [InlineData("rename Ramesh to 500", "only numbers", "rename Ramesh to Ramesh Sharma")]
    [InlineData("merge Raaju Raju", "Merge whom into whom", "merge Raaju into Raju")]
    [InlineData("merge into Raju", "Merge whom into whom", "merge Raaju into Raju")]
    public void Rename_and_merge_problems_show_the_form(string message, string problem, string example)
    {
        var reason = Reason(message);
        Assert.Contains(problem, reason);
        Assert.EndsWith("Try: " + example, reason);
    }

    [Theory]
    [InlineData("address Ramesh", "Ramesh")]
    [InlineData("pata रमेश", "रमेश")]
    public void Address_with_only_a_name_shows_it(string message, string customer)
    {
        Assert.Equal(new ShowAddress(customer), Parse(message));
    }

    [Fact]
    public void Rename_and_merge_write_their_own_fields_after_the_fixed_ones()
    {
        Assert.Equal(
            """{"intent":"rename_customer","customer":"Ramesh","amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null,"new_name":"Ramesh Sharma"}""",
            CommandJson.ToJson(Parse("rename Ramesh to Ramesh Sharma")));
        Assert.Equal(
            """{"intent":"merge_customers","customer":"Raaju","amount":null,"note":null,"category":null,"date":null,"due":null,"period":null,"error":null,"entry":null,"phone":null,"address":null,"format":null,"into":"Raju"}""",
            CommandJson.ToJson(Parse("merge Raaju into Raju")));
    }
}
