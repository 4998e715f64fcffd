using Kennisplatform.Build;
using Kennisplatform.Content;
using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>The real content in content/ must always build cleanly.</summary>
public class SiteContentTests
{
    [Fact]
    public async Task The_site_content_builds_without_errors_or_warnings_and_damocles_finds_its_theme_first()
    {
        using var temp = new TempFolder();
        var report = await new SiteBuilder().BuildAsync(new BuildOptions(Fixtures.SiteContentFolder, temp["_site"]));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Take(10)));
        Assert.Empty(report.Diagnostics);
        using var search = new SearchService(temp["_site/index"]);
        Assert.Equal("/themas/damocles/", search.Search(new SearchRequest("damocles")).Hits[0].Url);
    }
}
