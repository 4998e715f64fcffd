using System.Reflection;
using System.Security.Cryptography;
using Kennisplatform.Search;

namespace Kennisplatform.Search.Tests;

public sealed class IndexDocumentKeyTests
{
    private static readonly IndexDocument Page = new("/praktijkvoorbeelden/pand/", "praktijkvoorbeeld", "Praktijkvoorbeeld", "Pand gesloten",
        "Een samenvatting.", ["Aanpak", "Resultaat"], string.Concat(Enumerable.Repeat("Het pand werd gesloten na een Bibob-toets. ", 100)),
        TestTaxonomies.Terms(["vastgoed"], ["zeeland"]), ["Vastgoed"], "2026-01-05", "5 januari 2026", new DateOnly(2026, 1, 5),
        Weight: 1.5f, Restricted: false, Updated: new DateOnly(2026, 2, 1), Change: "Cijfers bijgewerkt");

    private static string Key(IndexDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        IndexDocumentKey.Append(hash, document);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // Another value of the same type, for every type a field of IndexDocument has.
    private static object? Other(Type type, object? value) => value switch
    {
        string text => text + "x",
        IReadOnlyList<string> list => list.Append("x").ToList(),
        IReadOnlyDictionary<string, IReadOnlyList<string>> terms => terms.ToDictionary(t => t.Key, t => (IReadOnlyList<string>)[.. t.Value, "x"]),
        DateOnly date => date.AddDays(1),
        float weight => weight + 1f,
        bool flag => !flag,
        null when type == typeof(string) => "x",
        null when type == typeof(DateOnly?) => new DateOnly(2000, 1, 1),
        _ => throw new InvalidOperationException($"IndexDocumentKey does not know fields of type {type}: add them to the key and here"),
    };

    public static TheoryData<string> Fields() => [.. typeof(IndexDocument).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != "EqualityContract").Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_field_of_the_document_is_in_its_key(string field)
    {
        var property = typeof(IndexDocument).GetProperty(field)!;
        var changed = Page with { };
        property.SetValue(changed, Other(property.PropertyType, property.GetValue(Page)));
        Assert.NotEqual(Key(Page), Key(changed));
        Assert.Equal(Key(Page), Key(Page with { }));
    }

    [Fact]
    public void A_missing_value_and_an_empty_one_have_other_keys_and_neighbouring_texts_cannot_run_into_each_other()
    {
        Assert.NotEqual(Key(Page with { DateIso = null }), Key(Page with { DateIso = "" }));
        Assert.NotEqual(Key(Page with { Title = "Pand", Summary = "gesloten" }), Key(Page with { Title = "Pandgesloten", Summary = "" }));
        Assert.NotEqual(Key(Page with { Headings = ["a", "b"] }), Key(Page with { Headings = ["ab"] }));
    }

    [Fact]
    public void Terms_give_the_same_key_in_any_order_of_their_taxonomies()
    {
        var reversed = new Dictionary<string, IReadOnlyList<string>> { ["regions"] = ["zeeland"], ["themes"] = ["vastgoed"] };
        Assert.Equal(Key(Page), Key(Page with { Terms = reversed }));
    }
}
