using System.Text;
using Kennisplatform.Theme;
using Kennisplatform.Theme.Models;
using Kennisplatform.Theme.Pages;

namespace Kennisplatform.Pages.Tests;

/// <summary>Rendering a page straight to UTF-8 bytes, as the host sends the results page.</summary>
public class ThemeRendererTests
{
    [Fact]
    public async Task A_page_rendered_as_UTF8_is_the_UTF8_of_the_page_rendered_as_text()
    {
        // Accents, a character outside the basic plane (a surrogate pair) and markup, in text, attributes and a snippet.
        const string query = "café 🚓 <b>&\"";
        var frame = new PageFrame($"Zoeken: {query}", "Zoek.", "/zoeken/", [new Link("Home", "/")], Query: query, NoIndex: true);
        var hits = Enumerable.Range(1, 12).Select(i => new SearchHit($"Pand {i} in Göteborg 🚓", $"/praktijkvoorbeelden/pand-{i}/", "Praktijkvoorbeeld",
            $"… een <mark>café</mark> met 🚓 en {new string('x', 3000)} …", "1 januari 2024", "2024-01-01", ["Vastgoed"])).ToList();
        var facets = new List<FacetGroup> { new("thema", "Thema", [new FacetValue("Zorg & welzijn", 3, "/zoeken/?q=caf%C3%A9&thema=zorg", false)]) };
        var model = new SearchPageModel(frame, query, null, 12, hits, facets, [], "cafe", "/zoeken/?q=cafe", [new Link("1", "")], null, null,
            [new Link("relevantie", ""), new Link("datum", "/zoeken/?q=caf%C3%A9&sorteer=datum")], "relevantie");

        var renderer = new ThemeRenderer();
        var text = await renderer.RenderAsync<SearchPage>(model);
        var bytes = await renderer.RenderUtf8Async<SearchPage>(model);

        Assert.Contains("met 🚓 en", text); // the snippet is markup: its characters are written as they are
        Assert.True(bytes.Length > 32 * 1024, "the page outgrows the writer's first buffer");
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
    }

    [Theory]
    [InlineData(1)] // every character encoded on its own: the halves in two runs of the encoder
    [InlineData(2)] // the first half ends a gathered run
    [InlineData(4)]
    public void A_character_written_in_two_halves_is_encoded_as_one(int capacity)
    {
        using var writer = new Utf8PageWriter(capacity);
        writer.Write("a");
        writer.Write('\uD83D');
        writer.Write('\uDE93');
        writer.Write("é");
        Assert.Equal(Encoding.UTF8.GetBytes("a🚓é"), writer.ToArray());
    }

    [Fact]
    public void Pieces_larger_than_what_is_gathered_are_written_in_order_with_the_small_ones()
    {
        using var writer = new Utf8PageWriter(capacity: 8);
        var expected = new StringBuilder();
        foreach (var piece in new[] { "<a", " href=\"", new string('é', 20) + "\uD83D", "\uDE93\"", ">", new string('x', 9), "</a>" })
        {
            writer.Write(piece);
            expected.Append(piece);
        }
        writer.Write('\uD83D');
        expected.Append('\uD83D');
        // A lone half at the end is written as U+FFFD, as the encoder writes it.
        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), writer.ToArray());
    }
}
