using System.Linq;
using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

public class CountriesTests
{
    [Theory]
    [InlineData("kazakhstan", "Kazakhstan", "KZ", true)]
    [InlineData("china", "China", "CN", false)]
    [InlineData("kyrgyz-republic", "Kyrgyz Republic", "KG", true)]
    [InlineData("tajikistan", "Tajikistan", "TJ", true)]
    [InlineData("uzbekistan", "Uzbekistan", "UZ", true)]
    [InlineData("turkmenistan", "Turkmenistan", "TM", true)]
    public void Country_has_its_name_code_and_region(string id, string name, string isoCode, bool centralAsian)
    {
        var country = Dataset.Countries.Get(id);

        Assert.Equal(name, country.Name);
        Assert.Equal(isoCode, country.IsoCode);
        Assert.Equal(centralAsian, country.CentralAsian);
    }

    [Theory]
    [InlineData("KZ", "kazakhstan")]
    [InlineData("CN", "china")]
    [InlineData("TM", "turkmenistan")]
    public void Country_is_found_by_its_unique_ISO_code(string isoCode, string id)
    {
        Assert.Equal(id, Dataset.Countries.ByIsoCode.Get(isoCode).Id);
        Assert.True(Dataset.Countries.ByIsoCode.Contains(isoCode));
    }

    [Fact]
    public void Every_country_has_its_own_ISO_code()
    {
        Assert.Equal(Dataset.Countries.Count, Dataset.Countries.ByIsoCode.Count);
        Assert.False(Dataset.Countries.ByIsoCode.TryGet("kz", out _)); // codes are compared as written
    }

    [Fact]
    public void China_is_the_only_country_outside_Central_Asia()
    {
        var outside = Assert.Single(Dataset.Countries, c => !c.CentralAsian);
        Assert.Equal("china", outside.Id);
        Assert.Equal(5, Dataset.Countries.Count(c => c.CentralAsian));
    }
}
