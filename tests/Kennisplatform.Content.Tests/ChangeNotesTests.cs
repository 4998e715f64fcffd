using Kennisplatform.Content;
using Kennisplatform.Testing;

namespace Kennisplatform.Content.Tests;

/// <summary>The rules of <c>wijzigingen:</c>: dated one-line change notes, never before first publication.</summary>
public class ChangeNotesTests
{
    private const string Practice = "title: Praktijk\nsummary: Kort.\ndate: 2021-05\nthemes: [vastgoed]\nregions: [limburg]\nplace: Maastricht\n" +
        "partners: [Gemeente Maastricht]\nperiod: 2019–2021\nstatus: onbekend\ncontact: RIEC Limburg\nsources: [najaarsbrief-2022]";

    private static (IReadOnlyList<Diagnostic> Errors, Document Page) LoadWith(TempFolder temp, string extra)
    {
        Fixtures.CopyContent(temp.Path);
        Fixtures.Write(temp.Path, "praktijkvoorbeelden/praktijk.md", $"---\n{Practice}\n{extra}\n---\nTekst.\n");
        var set = ContentLoader.Load(temp.Path);
        var errors = set.Diagnostics.Concat(ContentValidator.Validate(set.Documents, set.Taxonomies))
            .Where(d => d.Severity == Severity.Error && d.Path == "praktijkvoorbeelden/praktijk.md").ToList();
        return (errors, set.Documents.Single(d => d.SourcePath == "praktijkvoorbeelden/praktijk.md"));
    }

    [Fact]
    public void Change_notes_are_read_newest_first_and_leave_the_date_of_first_publication()
    {
        using var temp = new TempFolder();
        var (errors, page) = LoadWith(temp,
            "wijzigingen:\n  - datum: 2022-01-10\n    wijziging: Resultaten toegevoegd.\n  - datum: 2023-06-01\n    wijziging: Status bijgewerkt.");

        Assert.Empty(errors);
        Assert.Equal([new ChangeNote(new DateOnly(2023, 6, 1), "Status bijgewerkt."), new ChangeNote(new DateOnly(2022, 1, 10), "Resultaten toegevoegd.")],
            page.ChangeNotes);
        Assert.Equal("2021-05", page.Date!.Value.ToIso());
        Assert.Equal("2023-06-01", Freshness.LastUpdate(page)!.Value.ToIso());
    }

    [Theory]
    [InlineData("wijzigingen: Tekst aangepast.", 13, 14, "must be a list of changes")]
    [InlineData("wijzigingen:\n  - Tekst aangepast.", 14, 5, "needs 'datum' and 'wijziging'")]
    [InlineData("wijzigingen:\n  - datum: 12-03-2023\n    wijziging: Tekst aangepast.", 14, 12, "invalid date '12-03-2023'")]
    [InlineData("wijzigingen:\n  - datum: 2023-03\n    wijziging: Tekst aangepast.", 14, 12, "give the full date as YYYY-MM-DD")]
    [InlineData("wijzigingen:\n  - datum: 2020-03-01\n    wijziging: Tekst aangepast.", 14, 12, "before the page's first publication ('date: 2021-05')")]
    [InlineData("wijzigingen:\n  - datum: 2023-03-01", 14, 5, "a change without 'wijziging'")]
    [InlineData("wijzigingen:\n  - wijziging: Tekst aangepast.", 14, 5, "a change without 'datum'")]
    [InlineData("wijzigingen:\n  - datum: 2023-03-01\n    wijzging: Tekst aangepast.", 15, 5, "unknown key 'wijzging' in a change — did you mean 'wijziging'?")]
    public void A_wrong_change_note_is_an_error_at_its_line_and_column(string extra, int line, int column, string message)
    {
        using var temp = new TempFolder();
        var (errors, _) = LoadWith(temp, extra);

        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void A_change_line_longer_than_a_headline_is_an_error()
    {
        using var temp = new TempFolder();
        var (errors, _) = LoadWith(temp, $"wijzigingen:\n  - datum: 2023-03-01\n    wijziging: {new string('x', ChangeNotes.MaxLength + 1)}");

        var error = Assert.Single(errors);
        Assert.Equal((15, 16), (error.Line, error.Column));
        Assert.Contains($"at most {ChangeNotes.MaxLength}", error.Message);
    }
}
