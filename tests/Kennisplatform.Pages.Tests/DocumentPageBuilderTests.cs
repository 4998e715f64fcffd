using Kennisplatform.Content;
using Kennisplatform.Pages.Markdown;
using Kennisplatform.Testing;

namespace Kennisplatform.Pages.Tests;

/// <summary>The metadata box of a document page follows the content schema: its fields, labels and order.</summary>
public class DocumentPageBuilderTests
{
    private static readonly Site Site = new(ContentLoader.Load(Fixtures.ContentFolder).Documents, FixtureTaxonomies.Table);

    private static IReadOnlyList<(string Label, string Values)> Metadata(string url)
    {
        var d = Site.ByUrl(url)!;
        var page = new DocumentPageBuilder(Site, SiteSettings.Default).Build(new RenderedDocument(d, new MarkdownRenderer().Render(d.Body)), []);
        return page.Metadata.Select(m => (m.Label, string.Join(" | ", m.Values.Select(v => v.Url.Length > 0 ? $"{v.Text} -> {v.Url}" : v.Text)))).ToList();
    }

    [Fact]
    public void A_practice_shows_its_schema_fields_in_order_then_themes_and_regions()
    {
        Assert.Equal(
        [
            ("Plaats", "Maastricht"), ("Partners", "Gemeente Maastricht | RIEC Limburg"), ("Periode", "2019–2021"),
            ("Status", "nog niet bekend"), ("Contact (organisatie)", "RIEC Limburg"),
            ("Thema's", "Vastgoed en ondermijning -> /themas/vastgoed/"), ("Regio's", "RIEC Limburg -> /regios/limburg/"),
        ], Metadata("/praktijkvoorbeelden/vastgoed-in-beeld/"));
    }

    [Fact]
    public void A_meeting_names_its_circle_first_and_leaves_out_fields_that_are_not_shown()
    {
        var labels = Metadata("/kenniskringen/vastgoed/2020-05-06-webinar-kadaster/").Select(m => m.Label).ToList();

        Assert.Equal(["Kenniskring", "Vorm", "Organisaties", "Thema's"], labels);
    }
}
