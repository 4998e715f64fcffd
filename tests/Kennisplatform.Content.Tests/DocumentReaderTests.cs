using Kennisplatform.Content;

namespace Kennisplatform.Content.Tests;

public class DocumentReaderTests
{
    private const string Minimal = "---\ntitle: T\n---\n";

    private static (Document? Document, List<Diagnostic> Diagnostics) Read(string path)
    {
        var diagnostics = new List<Diagnostic>();
        return (DocumentReader.Read(path, Minimal, diagnostics), diagnostics);
    }

    [Theory]
    [InlineData("index.md", DocumentType.Pagina, "/")]
    [InlineData("over.md", DocumentType.Pagina, "/over/")]
    [InlineData("handreikingen/apv-en-ondermijning.md", DocumentType.Handreiking, "/handreikingen/apv-en-ondermijning/")]
    [InlineData("praktijkvoorbeelden/straatwaarden-utrecht.md", DocumentType.Praktijkvoorbeeld, "/praktijkvoorbeelden/straatwaarden-utrecht/")]
    [InlineData("kenniskringen/vastgoed/index.md", DocumentType.Kenniskring, "/kenniskringen/vastgoed/")]
    [InlineData("kenniskringen/vastgoed/2020-05-06-webinar.md", DocumentType.Bijeenkomst, "/kenniskringen/vastgoed/2020-05-06-webinar/")]
    [InlineData("themas/damocles.md", DocumentType.Thema, "/themas/damocles/")]
    [InlineData("begrippen/apv.md", DocumentType.Begrip, "/begrippen/apv/")]
    public void Url_and_type_follow_from_folder_and_slug(string path, DocumentType type, string url)
    {
        var (document, diagnostics) = Read(path);

        Assert.Empty(diagnostics);
        Assert.Equal(type, document!.Type);
        Assert.Equal(url, document.Url);
    }

    [Fact]
    public void A_meeting_knows_its_circle()
    {
        var (document, _) = Read("kenniskringen/afpakken/2020-06-29-webinar.md");

        Assert.Equal("afpakken", document!.Circle);
    }

    [Fact]
    public void Unknown_folder_is_an_error_with_a_suggestion()
    {
        var (document, diagnostics) = Read("handreiking/apv.md");

        Assert.Null(document);
        Assert.Contains("unknown content folder 'handreiking' — did you mean 'handreikingen'?", diagnostics.Single().Message);
    }

    [Fact]
    public void A_professional_in_a_netwerk_folder_is_an_error_that_points_to_the_network()
    {
        var (document, diagnostics) = Read("netwerk/iemand.md");

        Assert.Null(document);
        Assert.Contains("professionals keep their own profile in the network (/besloten/netwerk/)", diagnostics.Single().Message);
    }

    [Fact]
    public void Invalid_file_name_is_an_error_with_a_valid_alternative()
    {
        var (document, diagnostics) = Read("handreikingen/APV en Ondermijning.md");

        Assert.Null(document);
        Assert.Contains("'apv-en-ondermijning'", diagnostics.Single().Message);
    }

    [Fact]
    public void A_circle_outside_its_own_folder_is_an_error()
    {
        var (_, diagnostics) = Read("kenniskringen/vastgoed.md");

        Assert.Contains("kenniskringen/vastgoed/index.md", diagnostics.Single().Message);
    }

    [Theory]
    [InlineData("Handreiking APV & ondermijning", "handreiking-apv-ondermijning")]
    [InlineData("Geïntegreerde aanpak", "geintegreerde-aanpak")]
    public void Slugify_makes_valid_slugs(string title, string slug)
    {
        Assert.Equal(slug, DocumentReader.Slugify(title));
        Assert.True(DocumentReader.IsValidSlug(slug));
    }
}
