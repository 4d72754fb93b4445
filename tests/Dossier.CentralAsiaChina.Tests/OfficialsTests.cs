using Dossier.CentralAsiaChina.Data;

namespace Dossier.CentralAsiaChina.Tests;

public class OfficialsTests
{
    [Theory]
    [InlineData("murat-nurtleu", "Murat Nurtleu", "kazakhstan", "Deputy Prime Minister and Foreign Minister")]
    [InlineData("wang-yi", "Wang Yi", "china", "Foreign Minister")]
    [InlineData("zheenbek-kulubaev", "Zheenbek Kulubaev", "kyrgyz-republic", "Foreign Minister")]
    [InlineData("sirojiddin-mukhriddin", "Sirojiddin Mukhriddin", "tajikistan", "Foreign Minister")]
    [InlineData("bakhtiyor-saidov", "Bakhtiyor Saidov", "uzbekistan", "Foreign Minister")]
    public void Minister_has_name_title_and_country(string id, string name, string country, string title)
    {
        var official = Dataset.Officials.Get(id);

        Assert.Equal(name, official.Name);
        Assert.Equal(title, official.Title);
        Assert.Equal(country, official.CountryId);
    }

    [Theory]
    [InlineData("murat-nurtleu", "Kazakhstan")]
    [InlineData("wang-yi", "China")]
    [InlineData("zheenbek-kulubaev", "Kyrgyz Republic")]
    [InlineData("sirojiddin-mukhriddin", "Tajikistan")]
    [InlineData("bakhtiyor-saidov", "Uzbekistan")]
    [InlineData("turkmenistan-representative", "Turkmenistan")]
    public void Official_country_resolves_to_a_country_name(string id, string countryName)
    {
        var official = Dataset.Officials.Get(id);

        Assert.Equal(countryName, official.Country.Name);
    }

    [Fact]
    public void Turkmenistan_representative_is_not_named()
    {
        // The article says only "a representative from Turkmenistan": the name stays unknown.
        var representative = Dataset.Officials.Get("turkmenistan-representative");

        Assert.Null(representative.Name);
        Assert.Equal("turkmenistan", representative.CountryId);
        Assert.Equal("Representative", representative.Title);
    }
}
