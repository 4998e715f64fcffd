using Kennisplatform.Content;
using Kennisplatform.Testing;

namespace Kennisplatform.Content.Tests;

/// <summary>Lay synonyms in the glossary point one way: once per entry, one entry, never another entry's title.</summary>
public class GlossarySynonymRulesTests
{
    private static IReadOnlyList<Diagnostic> Errors(params (string Path, string Text)[] files)
    {
        using var temp = new TempFolder();
        Fixtures.CopyContent(temp.Path);
        foreach (var (path, text) in files) Fixtures.Write(temp.Path, path, text);
        // What the build's check sees: the folder as read, plus the validator's diagnostics.
        var set = ContentLoader.Load(temp.Path);
        return set.Diagnostics.Concat(ContentValidator.Validate(set.Documents, set.Taxonomies)).Where(d => d.Severity == Severity.Error).ToList();
    }

    private static string Entry(string title, string synonyms) => $"""
        ---
        title: {title}
        summary: Uitleg.
        date: 2024-01-01
        synonyms: [{synonyms}]
        sources: [najaarsbrief-2022]
        ---
        Tekst.
        """;

    [Fact]
    public void A_synonym_that_is_another_entrys_title_is_an_error_at_its_line()
    {
        var error = Assert.Single(Errors(("begrippen/verordening.md", Entry("Verordening", "gemeentelijke regels, APV"))));

        Assert.EndsWith("verordening.md", error.Path);
        Assert.Equal(5, error.Line);
        Assert.Contains("'APV' is the title of another glossary entry", error.Message);
    }

    [Fact]
    public void A_synonym_of_two_entries_and_a_synonym_listed_twice_are_errors()
    {
        var errors = Errors(
            ("begrippen/drugslab.md", Entry("Drugslab", "drugslaboratorium, Drugslaboratorium")),
            ("begrippen/productielocatie.md", Entry("Productielocatie", "drugslaboratorium")));

        Assert.Contains(errors, e => e.Message.Contains("listed twice"));
        Assert.Contains(errors, e => e.Message.Contains("cannot point two ways"));
    }

    [Fact]
    public void Distinct_lay_synonyms_are_accepted()
    {
        Assert.Empty(Errors(("begrippen/drugslab.md", Entry("Drugslab", "drugslaboratorium, xtc-lab"))));
    }
}
