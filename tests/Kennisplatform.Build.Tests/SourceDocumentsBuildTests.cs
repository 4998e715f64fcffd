using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

/// <summary>
/// The long source documents the platform is based on build as publications: a class of its own, since this one build
/// of five long texts (about 56 000 words) takes as long as all of <see cref="SiteBuilderTests"/>, which share one small build.
/// </summary>
public class SourceDocumentsBuildTests
{
    [Fact]
    public async Task The_source_documents_build_as_publications()
    {
        // The real documents the platform is about are long and messy; wrapped in front matter they must build.
        var sources = Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "sources");
        var texts = Directory.Exists(sources) ? Directory.GetFiles(sources, "0*.txt") : [];
        Assert.True(texts.Length > 0 || Environment.GetEnvironmentVariable("CI") is null,
            "CI runs with shared/ beside the clone; the source documents must be there");
        if (texts.Length == 0) return;

        using var temp = new TempFolder();
        var content = Fixtures.CopyContent(temp["content"]);
        foreach (var file in texts)
        {
            var slug = "bron-" + Path.GetFileNameWithoutExtension(file)[..3];
            Fixtures.Write(content, $"publicaties/{slug}.md",
                $"---\ntitle: Brondocument {slug}\nsummary: Volledige tekst.\ndate: 2022\nthemes: [vastgoed]\nauthors: [onbekend]\npublisher: Rijksoverheid\nkind: overig\nsources: [{slug}]\n---\n\n{File.ReadAllText(file)}");
        }

        var report = await new SiteBuilder().BuildAsync(new BuildOptions(content, temp["_site"], DutchWordList.All));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Take(5)));
        using var search = new SearchService(temp["_site/index"]);
        Assert.True(search.Search(new SearchRequest("Aanjaagteam")).Total > 0);
    }
}
