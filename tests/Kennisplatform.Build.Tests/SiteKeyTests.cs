using System.Reflection;
using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

public sealed class SiteKeyTests
{
    private static readonly ContentSet Content = ContentLoader.Load(Fixtures.ContentFolder);

    private static string KeyOf(IReadOnlyList<Document> documents, string baseUrl = SiteSettings.DefaultBaseUrl, string code = "code") =>
        SiteKey.Of(documents, Content.Taxonomies, new SiteSettings(baseUrl), code);

    [Fact]
    public void Every_field_of_a_document_and_its_front_matter_is_covered_by_the_site_key()
    {
        // The change notes are worked out from the fields (Root) and only remembered; a body kept by the build cache is
        // read when first asked for, by its reader (the body itself is covered).
        var derived = new[] { "FrontMatter.ChangeNotes", "FrontMatter.ReadBody" };
        // A property's field by the property's name: "<Url>k__BackingField" and "_body" as "Url" and "Body".
        static string PropertyOf(string field) => field.StartsWith('<')
            ? field[1..field.IndexOf('>')]
            : field.StartsWith('_') ? char.ToUpperInvariant(field[1]) + field[2..] : field;
        var fields = new[] { typeof(Document), typeof(FrontMatter) }
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(f => $"{t.Name}.{PropertyOf(f.Name)}"))
            .Except(derived)
            .Order(StringComparer.Ordinal);
        Assert.Equal(SiteKey.Covered.Order(StringComparer.Ordinal), fields);
    }

    [Fact]
    public void A_front_matter_value_the_order_the_address_or_the_code_each_change_the_site_key()
    {
        var documents = Content.Documents.Select(d => d.WithoutBody()).ToList();
        var key = KeyOf(documents);
        Assert.Equal(key, KeyOf([.. Content.Documents.Select(d => d.WithoutBody())]));

        var edited = documents.ToList();
        var page = edited.FindIndex(d => d.SourcePath == "publicaties/najaarsbrief-2022.md");
        var text = File.ReadAllText(Path.Combine(Fixtures.ContentFolder, edited[page].SourcePath)).Replace("title: ", "title: Herziene ");
        edited[page] = DocumentReader.Read(edited[page].SourcePath, text, new List<Diagnostic>(), Content.Taxonomies)!.WithoutBody();

        Assert.NotEqual(key, KeyOf(edited));
        Assert.NotEqual(key, KeyOf([.. documents.AsEnumerable().Reverse()]));
        Assert.NotEqual(key, KeyOf(documents, baseUrl: "https://example.org"));
        Assert.NotEqual(key, KeyOf(documents, code: "other code"));
    }
}
