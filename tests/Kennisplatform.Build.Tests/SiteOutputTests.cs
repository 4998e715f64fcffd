using Kennisplatform.Search;
using Kennisplatform.Testing;

namespace Kennisplatform.Build.Tests;

public class SiteOutputTests
{
    private static string Kept(TempFolder temp, string name, string text)
    {
        var file = temp[Path.Combine("kept", name)];
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    [Fact]
    public void Files_placed_at_once_into_a_fresh_folder_each_land_in_their_own_folder()
    {
        using var temp = new TempFolder();
        var output = new SiteOutput(temp["build"]);
        var pages = Enumerable.Range(0, 300).Select(i => ($"public/soort-{i % 7}/pagina-{i}/index.html", Kept(temp, $"k{i}", $"pagina {i}"))).ToList();

        Parallel.ForEach(pages, page => output.Place(page.Item1, page.Item2, "key-" + page.Item1));

        foreach (var (path, kept) in pages) Assert.Equal(File.ReadAllText(kept), File.ReadAllText(temp[Path.Combine("build", path)]));
        Assert.Equal(300, output.Written);
        Assert.Equal(pages.Select(p => p.Item1).Order(StringComparer.Ordinal), output.Complete().Keys);
    }

    // Recorded under another key (a page that changed), or there but not recorded (a page the preview wrote and took
    // out of the record): either way a link to a kept file, which must not be written in place.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_file_the_folder_has_is_replaced_and_the_file_it_was_linked_to_stays_as_it_was(bool recorded)
    {
        using var temp = new TempFolder();
        var old = Kept(temp, "old", "de oude pagina");
        var target = temp["build/public/pagina/index.html"];
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        HardLink.Place(old, target);
        var output = new SiteOutput(temp["build"], new Dictionary<string, string> { [recorded ? "public/pagina/index.html" : "public/ander/index.html"] = "a" });

        output.Place("public/pagina/index.html", Kept(temp, "new", "de nieuwe pagina"), "b");

        Assert.Equal("de nieuwe pagina", File.ReadAllText(target));
        Assert.Equal("de oude pagina", File.ReadAllText(old));
    }

    [Fact]
    public void A_file_the_folder_holds_with_its_key_is_kept_as_it_is_and_any_other_is_left_to_be_placed()
    {
        using var temp = new TempFolder();
        var output = new SiteOutput(temp["build"], new Dictionary<string, string>
        {
            ["public/pagina/index.html"] = "a", ["public/pagina/index.html.br"] = "a.br", ["public/ander/index.html"] = "c",
        });

        Assert.True(output.Keep("public/pagina/index.html", "a"));
        Assert.True(output.Keep("public\\pagina\\index.html.br", "a.br"));
        Assert.False(output.Keep("public/ander/index.html", "d")); // another key: to be placed, not recorded as kept
        Assert.False(output.Keep("public/nieuw/index.html", "e"));
        Assert.Throws<InvalidOperationException>(() => output.Keep("public/pagina/index.html", "a"));
        output.Place("public/ander/index.html", Kept(temp, "d", "de nieuwe pagina"), "d");

        Assert.Equal(1, output.Written);
        Assert.Equal(new Dictionary<string, string>
        {
            ["public/ander/index.html"] = "d", ["public/pagina/index.html"] = "a", ["public/pagina/index.html.br"] = "a.br",
        }, output.Complete());
        Assert.Equal("de nieuwe pagina", File.ReadAllText(temp["build/public/ander/index.html"]));
    }
}
